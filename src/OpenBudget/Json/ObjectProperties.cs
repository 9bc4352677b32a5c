using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenBudget.Json;

/// <summary>The JSON properties of one model type as its source-generated metadata declares them, for converters that read that type straight from UTF-8.</summary>
/// <remarks>
/// A hand-written reader lists the properties it reads, in its own order; this table checks at start-up that the list is
/// exactly the metadata's, then finds each property name in the UTF-8 bytes and enforces what the generated reader enforces:
/// no unknown property, no property twice, every required property present. Errors are worded as
/// <see cref="DisclosureJsonErrors"/> words them for the generated reader.
/// </remarks>
internal sealed class ObjectProperties
{
    private readonly byte[][] _names;
    private readonly string[] _jsonNames;
    private readonly ulong _required;
    private readonly string _definition;
    private readonly string _known;

    /// <summary>Initializes a new instance of the <see cref="ObjectProperties"/> class.</summary>
    /// <param name="info">The type's source-generated metadata.</param>
    /// <param name="names">The JSON names the reader handles, in the order of its indexes.</param>
    /// <exception cref="InvalidOperationException">The reader's names are not exactly the metadata's.</exception>
    internal ObjectProperties(JsonTypeInfo info, params string[] names)
    {
        JsonPropertyInfo[] properties = [.. info.Properties.Where(p => p.Get is not null || p.Set is not null)];
        string[] declared = [.. properties.Select(p => p.Name)];
        if (!declared.Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal), StringComparer.Ordinal) || names.Length > 64)
        {
            throw new InvalidOperationException($"The reader of {info.Type.Name} handles {string.Join(", ", names)}, but the model declares {string.Join(", ", declared)}.");
        }

        _jsonNames = names;
        _names = [.. names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];
        for (int i = 0; i < names.Length; i++)
        {
            if (properties.Single(p => p.Name == names[i]).IsRequired)
            {
                _required |= 1UL << i;
            }
        }

        _definition = JsonExpectations.DefinitionName(info.Type);
        _known = string.Join(", ", declared);
    }

    /// <summary>Reads the next property name and moves to its value.</summary>
    /// <param name="reader">The reader, on the object's start or after the previous value.</param>
    /// <param name="seen">The properties read so far, one bit each; the new one is added.</param>
    /// <returns>The index of the property in the reader's list, or -1 at the end of the object.</returns>
    /// <exception cref="JsonException">The name is not a property of the type, or it appears twice.</exception>
    internal int Next(ref Utf8JsonReader reader, ref ulong seen)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        // Writers put properties in declaration order, so the search starts after the last one read.
        int start = seen == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount(seen);
        int index = !reader.HasValueSequence && !reader.ValueIsEscaped ? Find(reader.ValueSpan, start) : FindEscaped(ref reader, start);

        if (index < 0)
        {
            throw new JsonException($"Unknown property '{reader.GetString()}': a {_definition} object has only {_known}; the schema allows no other properties.");
        }

        ulong bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw new JsonException($"The property '{_jsonNames[index]}' appears twice in a {_definition} object.");
        }

        seen |= bit;
        reader.Read();
        return index;
    }

    /// <summary>Finds a property by its unescaped UTF-8 name, searching from one index on and wrapping around.</summary>
    private int Find(ReadOnlySpan<byte> name, int start)
    {
        byte[][] names = _names;
        for (int i = start; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < start && i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds a property whose name is escaped or split across segments, letting the reader compare.</summary>
    private int FindEscaped(ref Utf8JsonReader reader, int start)
    {
        for (int n = 0; n < _names.Length; n++)
        {
            int i = (start + n) % _names.Length;
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Checks, at the end of the object, that every required property was read.</summary>
    /// <param name="seen">The properties read.</param>
    /// <exception cref="JsonException">A required property is missing.</exception>
    internal void CheckRequired(ulong seen)
    {
        ulong missing = _required & ~seen;
        if (missing != 0)
        {
            throw MissingRequired(missing);
        }
    }

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="JsonException">It is on something else.</exception>
    internal void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a {_definition} object, found {JsonTokens.Describe(ref reader)}.");
        }
    }

    /// <summary>Checks that the reader is on the start of an object, for a property that may not be null.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="JsonException">It is on null or on something else.</exception>
    internal void ExpectNonNullObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"Expected a {_definition} object, found null (null is not allowed here).");
        }

        ExpectObject(ref reader);
    }

    /// <summary>Describes the missing properties; kept apart from <see cref="CheckRequired"/> so that the check itself allocates nothing.</summary>
    private JsonException MissingRequired(ulong missing)
    {
        string[] names = [.. Enumerable.Range(0, _names.Length).Where(i => (missing & (1UL << i)) != 0).Select(i => $"'{_jsonNames[i]}'")];
        string noun = names.Length == 1 ? "property" : "properties";
        return new JsonException($"Missing required {noun} {string.Join(", ", names)} in a {_definition} object.");
    }
}
