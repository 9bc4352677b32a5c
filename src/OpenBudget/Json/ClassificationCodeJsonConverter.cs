using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Classification;

namespace OpenBudget.Json;

/// <summary>Writes a classification code as its digits ("2060404") and reads it straight from the UTF-8 bytes.</summary>
/// <typeparam name="TCode">The code type.</typeparam>
internal sealed class ClassificationCodeJsonConverter<TCode> : JsonConverter<TCode>
    where TCode : struct, IClassificationCode<TCode>, IUtf8SpanFormattable
{
    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a classification code as a string of digits, e.g. \"2060404\", found {JsonTokens.Describe(reader.TokenType)}.");
        }

        Span<char> chars = stackalloc char[24];
        int length;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= chars.Length)
        {
            ReadOnlySpan<byte> bytes = reader.ValueSpan;
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            length = bytes.Length;
        }
        else
        {
            string text = reader.GetString()!;
            if (text.Length > chars.Length)
            {
                throw new JsonException($"'{text}' is not a classification code: it is too long.");
            }

            text.CopyTo(chars);
            length = text.Length;
        }

        return TCode.TryParse(chars[..length], out TCode code, out string? reason) ? code : throw new JsonException(reason);
    }

    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[16];
        if (!value.TryFormat(buffer, out int written, default, null))
        {
            throw new JsonException("A classification code did not fit its buffer.");
        }

        writer.WriteStringValue(buffer[..written]);
    }
}
