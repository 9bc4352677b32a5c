using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Writes a row's cells as one JSON object from column key to amount ({"total": 6675.00, "basic": null}), in column order.</summary>
internal sealed class TableCellsJsonConverter : JsonConverter<EquatableArray<TableCell>>
{
    private static readonly AmountJsonConverter Amounts = new();

    public override bool HandleNull => true;

    public override EquatableArray<TableCell> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected the cells as an object from column key to amount, found {JsonTokens.Describe(reader.TokenType)}.");
        }

        ImmutableArray<TableCell>.Builder builder = ImmutableArray.CreateBuilder<TableCell>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string column = reader.GetString()!;
            foreach (TableCell existing in builder)
            {
                if (existing.Column == column)
                {
                    throw new JsonException($"The column '{column}' appears twice in one row.");
                }
            }

            reader.Read();
            Amount amount = Amounts.Read(ref reader, typeof(Amount), options);
            builder.Add(new TableCell(column, amount));
        }

        return new EquatableArray<TableCell>(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<TableCell> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (TableCell cell in value)
        {
            writer.WritePropertyName(cell.Column);
            Amounts.Write(writer, cell.Amount, options);
        }

        writer.WriteEndObject();
    }
}
