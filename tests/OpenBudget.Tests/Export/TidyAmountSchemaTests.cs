using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;

namespace OpenBudget.Tests.Export;

/// <summary>schemas/tidy-amounts.v1.schema.json and the columns the writers write agree.</summary>
public class TidyAmountSchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "tidy-amounts.v1.schema.json"));

    // JsonSchema.Net registers a schema under its $id once per process.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText));

    private static JsonElement Properties() => JsonDocument.Parse(SchemaText).RootElement.GetProperty("properties");

    private static BudgetDisclosure Sample()
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json"));
        return OpenBudgetJson.Deserialize(stream);
    }

    [Fact]
    public void The_schema_lists_the_columns_in_the_order_they_are_written()
    {
        Assert.Equal(TidyAmountColumns.All.Select(c => c.Name), Properties().EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_column_allows_null_exactly_when_it_may_be_empty()
    {
        IEnumerable<string> disagreeing = TidyAmountColumns.All.Where(c =>
            (Properties().GetProperty(c.Name).GetProperty("type").ValueKind == JsonValueKind.Array) != c.IsNullable).Select(c => c.Name);

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Every_column_is_described_in_english_and_chinese_as_the_library_describes_it()
    {
        IEnumerable<string> disagreeing = TidyAmountColumns.All.Where(c =>
        {
            string description = Properties().GetProperty(c.Name).GetProperty("description").GetString()!;
            return !description.Contains(c.Description, StringComparison.Ordinal) || !description.Contains(c.DescriptionZh, StringComparison.Ordinal);
        }).Select(c => c.Name);

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Decimal_columns_name_their_parquet_precision_and_scale()
    {
        IEnumerable<(string, string?)> types = TidyAmountColumns.All.Where(c => c.Type == TidyColumnType.ExactDecimal)
            .Select(c => (c.Name, Properties().GetProperty(c.Name).GetProperty("x-parquet-type").GetString()));

        Assert.Equal([("amount", "DECIMAL(18,2)"), ("amount_wan", "DECIMAL(20,6)")], types);
    }

    [Fact]
    public void Every_row_of_the_sample_as_written_to_csv_is_valid_against_the_schema()
    {
        JsonSchema schema = Schema.Value;
        using var stream = new MemoryStream();
        CsvTidyWriter.Write(TidyExport.Rows(Sample()), stream);
        List<List<string?>> records = CsvText.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        IEnumerable<string> invalid = Enumerable.Range(1, records.Count - 1)
            .Select(i => AsJson(CsvText.Record(records, i)))
            .Where(row => !schema.Evaluate(JsonDocument.Parse(row.ToJsonString()).RootElement).IsValid)
            .Select(row => row["pointer"]!.GetValue<string>());

        Assert.Empty(invalid);
    }

    [Fact]
    public void A_row_with_a_phase_outside_the_vocabulary_is_invalid()
    {
        JsonSchema schema = Schema.Value;
        using var stream = new MemoryStream();
        CsvTidyWriter.Write(TidyExport.Rows(ExportSamples.Science()).Take(1), stream);
        JsonObject row = AsJson(CsvText.Record(CsvText.Parse(Encoding.UTF8.GetString(stream.ToArray())), 1));
        row["phase"] = "nonsense";

        Assert.False(schema.Evaluate(JsonDocument.Parse(row.ToJsonString()).RootElement).IsValid);
    }

    private static JsonObject AsJson(Dictionary<string, string?> record)
    {
        var row = new JsonObject();
        foreach (TidyColumn column in TidyAmountColumns.All)
        {
            string? text = record[column.Name];
            row[column.Name] = text is null ? null : column.Type switch
            {
                TidyColumnType.WholeNumber => JsonValue.Create(int.Parse(text, CultureInfo.InvariantCulture)),
                TidyColumnType.Boolean => JsonValue.Create(bool.Parse(text)),
                TidyColumnType.ExactDecimal => JsonValue.Create(decimal.Parse(text, CultureInfo.InvariantCulture)),
                _ => JsonValue.Create(text),
            };
        }

        return row;
    }
}
