using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBudget.Json;

/// <summary>Writes an enum as its camel-case name ("finalAccounts") and reads exactly those names: no other casing, no numbers.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IAllowedNames
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly JsonEncodedText[] Names = [.. Enum.GetNames<TEnum>().Select(n => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(n)))];

    /// <summary>Gets the names this converter reads and writes, in declaration order.</summary>
    internal static IReadOnlyList<string> AllowedNames { get; } = [.. Names.Select(n => n.Value)];

    /// <summary>Gets the list of allowed names as an error message quotes it: "budget", "finalAccounts".</summary>
    internal static string Allowed { get; } = string.Join(", ", AllowedNames.Select(n => $"\"{n}\""));

    /// <inheritdoc/>
    public string AllowedList => Allowed;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
                {
                    return Values[i];
                }
            }

            throw new JsonException($"Expected one of {Allowed}, found \"{reader.GetString()}\".");
        }

        throw new JsonException($"Expected one of {Allowed}, found {JsonTokens.Describe(ref reader)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        for (int i = 0; i < Values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
            {
                writer.WriteStringValue(Names[i]);
                return;
            }
        }

        throw new JsonException($"{value} is not a named {typeof(TEnum).Name} value; only {Allowed} can be written.");
    }
}
