using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Writes an <see cref="Amount"/> as an exact JSON number keeping its printed decimals ("6675.00"), or null when blank; reads it back without passing through double.</summary>
internal sealed class AmountJsonConverter : JsonConverter<Amount>
{
    /// <summary>The most decimal places a printed amount may have.</summary>
    internal const int MaxScale = 2;

    public override bool HandleNull => true;

    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Amount.Blank;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected an amount (a number with at most {MaxScale} decimals, or null for a blank cell), found {JsonTokens.Describe(reader.TokenType)}.");
        }

        if (!reader.TryGetDecimal(out decimal value))
        {
            throw new JsonException("The amount does not fit an exact decimal.");
        }

        if (value.Scale > MaxScale)
        {
            throw new JsonException($"The amount {value} has {value.Scale} decimal places; printed amounts have at most {MaxScale}.");
        }

        return Amount.Of(value);
    }

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
}
