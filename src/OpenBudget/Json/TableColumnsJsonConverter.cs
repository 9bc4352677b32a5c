using System.Text.Json;
using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads a table's columns straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
internal sealed class TableColumnsJsonConverter : EquatableArrayJsonConverter<TableColumn>
{
    private const int Key = 0;
    private const int Label = 1;
    private const int Side = 2;
    private const int Economic = 3;

    protected override JsonArrays.ElementReader<TableColumn> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(TableColumn)), "key", "label", "side", "economic");
        return (ref Utf8JsonReader reader) => Read(ref reader, properties);
    }

    private static TableColumn Read(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        string key = "";
        string label = "";
        TableSide? side = null;
        EconomicCode? economic = null;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Key:
                    key = TableCellsJsonConverter.ReadColumnKey(ref reader);
                    break;
                case Label:
                    label = JsonValues.String(ref reader);
                    break;
                case Side:
                    side = JsonValues.NullableEnum<TableSide>(ref reader);
                    break;
                case Economic:
                    economic = ClassificationCodeJsonConverter<EconomicCode>.ReadNullable(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new TableColumn(key, label) { Side = side, Economic = economic };
    }
}
