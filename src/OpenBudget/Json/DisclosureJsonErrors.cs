using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Turns a <see cref="JsonException"/> from reading a document into a <see cref="DisclosureJsonException"/> that says where (the full JSON path, line and position) and what was expected.</summary>
internal static class DisclosureJsonErrors
{
    private const string CouldNotConvert = "The JSON value could not be converted to ";
    private const string Unmapped = "could not be mapped to any .NET member";
    private const string MissingRequired = "was missing required properties including: ";
    private const string NullNotAllowed = "doesn't allow";

    /// <summary>Describes an error with the location taken from the exception and the path rebuilt from the document.</summary>
    /// <param name="exception">The error System.Text.Json reported.</param>
    /// <param name="utf8">The document that was read.</param>
    /// <param name="root">The type the document was read as.</param>
    /// <param name="options">The options it was read with.</param>
    /// <returns>The exception to throw.</returns>
    internal static DisclosureJsonException Create(JsonException exception, ReadOnlySpan<byte> utf8, Type root, JsonSerializerOptions options)
    {
        if (exception.LineNumber is not long line || exception.BytePositionInLine is not long position)
        {
            return Create(exception);
        }

        string reason = StripLocation(exception.Message);
        JsonErrorLocation location = JsonErrorLocator.Locate(utf8, JsonErrorLocator.OffsetOf(utf8, line, position));
        reason = Explain(reason, location, root, options);

        // Point at the start of the value that was refused; a syntax error keeps the reader's own position.
        if (!location.SyntaxError && location.TokenStart >= 0)
        {
            (line, position) = JsonErrorLocator.LineAndPositionOf(utf8, location.TokenStart);
        }

        return new DisclosureJsonException(reason, JsonErrorLocator.Format(location.Path), line + 1, position + 1, exception);
    }

    /// <summary>Describes an error with the location System.Text.Json gives, when the document is not at hand.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The exception to throw.</returns>
    internal static DisclosureJsonException Create(JsonException exception)
    {
        string reason = StripLocation(exception.Message);
        if (reason.Contains(Unmapped, StringComparison.Ordinal))
        {
            reason = $"{reason} The schema allows no other properties here.";
        }

        return new DisclosureJsonException(reason, exception.Path, exception.LineNumber + 1, exception.BytePositionInLine + 1, exception);
    }

    private static string Explain(string reason, JsonErrorLocation location, Type root, JsonSerializerOptions options)
    {
        JsonPathSegment[] path = location.Path;
        if (location.SyntaxError)
        {
            return location.Token == JsonTokenType.None && location.AtEnd
                ? "The document is empty; a disclosure is a JSON object."
                : location.AtEnd
                    ? $"The JSON ends before the document is complete (truncated?): {reason}"
                    : $"Not valid JSON: {reason}";
        }

        if (reason.StartsWith(CouldNotConvert, StringComparison.Ordinal) && TryTypeAt(path, path.Length, root, options, out Type? expected))
        {
            return $"Expected {JsonExpectations.Describe(expected, options)}, found {location.Found}.";
        }

        if (reason.Contains(Unmapped, StringComparison.Ordinal) && path.Length > 0 && path[^1].Name is string unknown
            && TryTypeAt(path, path.Length - 1, root, options, out Type? container) && options.TryGetTypeInfo(container, out JsonTypeInfo? info))
        {
            string known = string.Join(", ", info.Properties.Where(p => p.Get is not null || p.Set is not null).Select(p => p.Name));
            return $"Unknown property '{unknown}': a {JsonExpectations.DefinitionName(container)} object has only {known}; the schema allows no other properties.";
        }

        int missing = reason.IndexOf(MissingRequired, StringComparison.Ordinal);
        if (missing >= 0 && TryTypeAt(path, path.Length, root, options, out Type? incomplete))
        {
            string names = reason[(missing + MissingRequired.Length)..].TrimEnd('.');
            string noun = names.Contains(',', StringComparison.Ordinal) ? "properties" : "property";
            return $"Missing required {noun} {names} in a {JsonExpectations.DefinitionName(incomplete)} object.";
        }

        if (reason.Contains(NullNotAllowed, StringComparison.Ordinal) && location.Token == JsonTokenType.Null
            && TryTypeAt(path, path.Length, root, options, out Type? nonNullable))
        {
            return $"Expected {JsonExpectations.Describe(nonNullable, options)}, found null (null is not allowed here).";
        }

        return reason;
    }

    /// <summary>Follows a path through the model's metadata to the type of the value it leads to.</summary>
    private static bool TryTypeAt(JsonPathSegment[] path, int count, Type root, JsonSerializerOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type)
    {
        type = root;
        for (int i = 0; i < count; i++)
        {
            Type current = Nullable.GetUnderlyingType(type) ?? type;
            JsonPathSegment segment = path[i];
            if (current == typeof(EquatableArray<TableCell>))
            {
                type = typeof(Amount);
                if (segment.Name is null)
                {
                    return false;
                }
            }
            else if (JsonExpectations.TryGetElementType(current, out Type? element))
            {
                type = element;
                if (segment.Name is not null)
                {
                    return false;
                }
            }
            else if (segment.Name is null || !options.TryGetTypeInfo(current, out JsonTypeInfo? info) || info.Kind != JsonTypeInfoKind.Object
                || info.Properties.FirstOrDefault(p => string.Equals(p.Name, segment.Name, StringComparison.Ordinal)) is not JsonPropertyInfo property)
            {
                return false;
            }
            else
            {
                type = property.PropertyType;
            }
        }

        return true;
    }

    private static string StripLocation(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return cut >= 0 ? message[..cut] : message;
    }
}
