using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Classification;

namespace OpenBudget.Json;

/// <summary>Writes a classification code as its digits ("2060404") and reads exactly that form straight from the UTF-8 bytes.</summary>
/// <remarks>
/// JSON holds codes in one canonical form, as the schema's pattern says: 3 digits for a class, then 2 per level, the class
/// not starting with 0 and no level 00. The printed forms that <see cref="FunctionalCode.Parse(string)"/> also reads
/// ("206 04 04", full-width digits) are for import, not for JSON.
/// </remarks>
/// <typeparam name="TCode">The code type.</typeparam>
internal sealed class ClassificationCodeJsonConverter<TCode> : JsonConverter<TCode>
    where TCode : struct, IClassificationCode<TCode>, IUtf8SpanFormattable
{
    private const int ClassDigits = 3;
    private const int LevelDigits = 2;
    private const int MaxLength = 16;

    /// <summary>Gets what a code of this kind is, as error messages say it.</summary>
    internal static string Expectation { get; } = typeof(TCode) == typeof(FunctionalCode)
        ? "a functional code (支出功能分类科目): a string of 3, 5 or 7 digits such as \"2060404\""
        : "an economic code (支出经济分类科目): a string of 3 or 5 digits such as \"30227\"";

    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {Expectation}, found {JsonTokens.Describe(ref reader)}.");
        }

        Span<byte> copy = stackalloc byte[MaxLength];
        scoped ReadOnlySpan<byte> digits;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            digits = reader.ValueSpan;
        }
        else if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) <= MaxLength)
        {
            digits = copy[..reader.CopyString(copy)];
        }
        else
        {
            throw Invalid(ref reader, "it is too long");
        }

        if (digits.Length < ClassDigits || digits.Length > ClassDigits + (TCode.MaxDepth * LevelDigits) || (digits.Length - ClassDigits) % LevelDigits != 0)
        {
            throw Invalid(ref reader, $"it has {digits.Length} characters");
        }

        int value = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            uint digit = (uint)(digits[i] - '0');
            if (digit > 9)
            {
                throw Invalid(ref reader, $"character {i + 1} is not a digit");
            }

            value = (value * 10) + (int)digit;
        }

        if (digits[0] == (byte)'0')
        {
            throw Invalid(ref reader, "a class (类) cannot start with 0");
        }

        int depth = (digits.Length - ClassDigits) / LevelDigits;
        for (int level = 1; level <= depth; level++)
        {
            int start = ClassDigits + ((level - 1) * LevelDigits);
            if (digits[start] == (byte)'0' && digits[start + 1] == (byte)'0')
            {
                throw Invalid(ref reader, $"level {level + 1} is 00, which no catalogue uses");
            }
        }

        return TCode.FromValue(value, depth);
    }

    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        if (!value.TryFormat(buffer, out int written, default, null))
        {
            throw new JsonException("A classification code did not fit its buffer.");
        }

        writer.WriteStringValue(buffer[..written]);
    }

    private static JsonException Invalid(ref Utf8JsonReader reader, string why)
    {
        string text = reader.GetString() ?? "";
        return new JsonException($"Expected {Expectation}, found \"{text}\": {why}.");
    }
}
