using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Writes an <see cref="Amount"/> as an exact JSON number keeping its printed decimals ("6675.00"), or null when blank; reads it back straight from the UTF-8 digits, never through double.</summary>
internal sealed class AmountJsonConverter : JsonConverter<Amount>
{
    /// <summary>The most decimal places a printed amount may have.</summary>
    internal const int MaxScale = 2;

    /// <summary>What an amount is, as error messages say it.</summary>
    internal const string Expectation = "an amount (a number with at most 2 decimals, or null for a blank cell)";

    /// <summary>The most digits a mantissa read by the fast path may have, so that it fits a <see cref="long"/>.</summary>
    private const int MaxFastDigits = 18;

    public override bool HandleNull => true;

    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAmount(ref reader);

    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
    {
        if (value.IsBlank)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }

    /// <summary>Reads the amount at the reader's current token: null is blank, a number keeps its written decimals.</summary>
    /// <exception cref="JsonException">The token is neither null nor a number with at most two decimals.</exception>
    internal static Amount ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Amount.Blank;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected {Expectation}, found {JsonTokens.Describe(ref reader)}.");
        }

        if (!reader.HasValueSequence && TryReadPlain(reader.ValueSpan, out decimal fast, out int fractionDigits))
        {
            return fractionDigits <= MaxScale ? Amount.Of(fast) : throw TooManyDecimals(ref reader, fractionDigits);
        }

        if (!reader.TryGetDecimal(out decimal value))
        {
            throw new JsonException($"Expected {Expectation}, found {JsonTokens.Describe(ref reader)}, which does not fit an exact decimal.");
        }

        return value.Scale <= MaxScale ? Amount.Of(value) : throw TooManyDecimals(ref reader, value.Scale);
    }

    /// <summary>Reads a JSON number of the plain form -?digits(.digits)? with at most 18 digits, keeping its written decimals; the reader has already checked the grammar.</summary>
    /// <param name="number">The number's UTF-8 text.</param>
    /// <param name="value">The number, when it has the plain form.</param>
    /// <param name="fractionDigits">The number of digits after the point.</param>
    /// <returns>Whether the number has the plain form; an exponent or more digits are left to the general parser.</returns>
    internal static bool TryReadPlain(ReadOnlySpan<byte> number, out decimal value, out int fractionDigits)
    {
        value = 0;
        fractionDigits = 0;
        bool negative = number.Length > 0 && number[0] == (byte)'-';
        int i = negative ? 1 : 0;
        long mantissa = 0;
        int digits = 0;
        bool inFraction = false;
        for (; i < number.Length; i++)
        {
            byte b = number[i];
            uint digit = (uint)(b - '0');
            if (digit <= 9)
            {
                if (++digits > MaxFastDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
                if (inFraction)
                {
                    fractionDigits++;
                }
            }
            else if (b == (byte)'.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                // An exponent: the general parser handles it.
                return false;
            }
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)fractionDigits);
        return true;
    }

    private static JsonException TooManyDecimals(ref Utf8JsonReader reader, int decimals)
        => new($"Expected {Expectation}, found {JsonTokens.Describe(ref reader)} with {decimals} decimal places; printed amounts have at most {MaxScale}.");
}
