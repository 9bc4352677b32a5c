using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads the scalar values of the model straight from the reader, with the error wording of the generated reader.</summary>
internal static class JsonValues
{
    /// <summary>The key constants of <see cref="RowKeys"/>, <see cref="FigureGroupKeys"/> and <see cref="ColumnKeys"/>: a key read from a document is the constant itself, so that the validator's comparisons with the constants find it by reference.</summary>
    private static readonly Utf8KnownStrings KnownKeys = new(Constants(typeof(RowKeys)).Concat(Constants(typeof(FigureGroupKeys))).Concat(Constants(typeof(ColumnKeys))));

    /// <summary>Reads a string that may not be null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The string.</returns>
    /// <exception cref="JsonException">The value is not a string.</exception>
    internal static string String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader),
        JsonTokenType.Null => throw new JsonException("Expected a string, found null (null is not allowed here)."),
        _ => throw new JsonException($"Expected a string, found {JsonTokens.Describe(ref reader)}."),
    };

    /// <summary>Reads a string or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is neither a string nor null.</exception>
    internal static string? NullableString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or null, found {JsonTokens.Describe(ref reader)}."),
    };

    /// <summary>Reads a number or null as an exact decimal.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The number, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is neither a number that fits a decimal nor null.</exception>
    internal static decimal? NullableDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && AmountJsonConverter.TryReadPlain(reader.ValueSpan, out decimal plain, out _))
        {
            return plain;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value)
            ? value
            : throw new JsonException($"Expected a number or null, found {JsonTokens.Describe(ref reader)}.");
    }

    /// <summary>Reads an enum value by its camel-case name, or null.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is not one of the names, nor null.</exception>
    internal static TEnum? NullableEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
        => reader.TokenType == JsonTokenType.Null ? null : CamelCaseEnumConverter<TEnum>.ReadValue(ref reader);

    /// <summary>Reads true or false.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The value is not a boolean.</exception>
    internal static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => throw new JsonException("Expected true or false, found null (null is not allowed here)."),
        _ => throw new JsonException($"Expected true or false, found {JsonTokens.Describe(ref reader)}."),
    };

    /// <summary>Reads a key (a row's, a stated figure's, a paragraph's) or null, returning the shared string when it is one of the model's key constants.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is neither a string nor null.</exception>
    internal static string? NullableKey(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && KnownKeys.TryGet(reader.ValueSpan, out string? known)
            ? known
            : NullableString(ref reader);

    /// <summary>Reads a key that may not be null, as <see cref="NullableKey"/> does.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The key.</returns>
    /// <exception cref="JsonException">The value is not a string.</exception>
    internal static string Key(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && KnownKeys.TryGet(reader.ValueSpan, out string? known)
            ? known
            : String(ref reader);

    /// <summary>Reads the string at the reader's current string token, from the read's cache when it is short and unescaped.</summary>
    /// <param name="reader">The reader, on a string.</param>
    /// <returns>The string.</returns>
    internal static string Text(ref Utf8JsonReader reader)
        => reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString()! : Utf8StringCache.GetString(reader.ValueSpan);

    /// <summary>The public string constants of a class, as the interned instances the code that names them uses.</summary>
    private static IEnumerable<string> Constants([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] Type type)
        => type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => string.Intern((string)f.GetRawConstantValue()!));
}
