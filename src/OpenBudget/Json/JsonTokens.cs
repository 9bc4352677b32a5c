using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenBudget.Json;

/// <summary>Describes JSON tokens in error messages.</summary>
internal static class JsonTokens
{
    private const int MaxQuoted = 40;

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        _ => token.ToString(),
    };

    /// <summary>Describes the reader's current token with its value when it is short: 'the string "2026"', 'the number 1.234', 'an object'.</summary>
    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{Shorten(reader.GetString() ?? "")}\"",
        JsonTokenType.Number => $"the number {Shorten(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => Describe(reader.TokenType),
    };

    private static string Shorten(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted), "…");
}
