using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Export;

namespace OpenBudget.Tests.Export;

public class CsvTidyWriterTests
{
    private static byte[] Written(IEnumerable<TidyAmountRow> rows)
    {
        using var stream = new MemoryStream();
        CsvTidyWriter.Write(rows, stream);
        return stream.ToArray();
    }

    private static List<List<string?>> Records(BudgetDisclosure disclosure) => CsvText.Parse(Encoding.UTF8.GetString(Written(TidyExport.Rows(disclosure))));

    private static Dictionary<string, string?> RecordAt(string pointer)
    {
        List<List<string?>> records = Records(ExportSamples.Science());
        return Enumerable.Range(1, records.Count - 1).Select(i => CsvText.Record(records, i)).Single(r => r["pointer"] == pointer);
    }

    [Fact]
    public void The_header_names_every_column_in_order()
    {
        List<string?> header = Records(ExportSamples.Science())[0];

        Assert.Equal(TidyAmountColumns.All.Select(c => c.Name), header);
    }

    [Fact]
    public void There_is_one_record_per_cell_after_the_header()
    {
        Assert.Equal(ExportSamples.CellCount(ExportSamples.Science()) + 1, Records(ExportSamples.Science()).Count);
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark()
    {
        byte[] bytes = Written(TidyExport.Rows(ExportSamples.Science()));

        Assert.Equal((byte)'d', bytes[0]);
    }

    [Fact]
    public void Records_end_with_crlf()
    {
        string text = Encoding.UTF8.GetString(Written(TidyExport.Rows(ExportSamples.Science())));

        Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
    }

    [Fact]
    public void Chinese_text_is_written_as_utf8()
    {
        Dictionary<string, string?> record = CsvText.Record(Records(ExportSamples.Science()), 1);

        Assert.Equal(("乌鲁木齐市科学技术局", "科学技术支出"), (record["department"], record["row_name"]));
    }

    [Fact]
    public void A_blank_cell_has_an_empty_amount_and_is_blank_true()
    {
        Dictionary<string, string?> record = RecordAt("/tables/0/rows/2/cells/project");

        Assert.Equal((null, null, "true"), (record["amount"], record["amount_wan"], record["is_blank"]));
    }

    [Fact]
    public void Amounts_are_written_with_their_printed_scale_and_exact_wan()
    {
        Dictionary<string, string?> record = RecordAt("/tables/1/rows/1/cells/total");

        Assert.Equal(("108000.55", "2", "yuan", "10.800055", "false"), (record["amount"], record["amount_scale"], record["unit"], record["amount_wan"], record["is_blank"]));
    }

    [Fact]
    public void A_missing_value_is_an_empty_field_and_empty_text_is_quoted()
    {
        var row = new TidyAmountRow { DisclosureId = "x", Department = "d", RowName = "", ColumnKey = "total", ColumnLabel = "合计" };

        Dictionary<string, string?> record = CsvText.Record(CsvText.Parse(Encoding.UTF8.GetString(Written([row]))), 1);

        Assert.Equal(("", null), (record["row_name"], record["region_code"]));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted()
    {
        var row = new TidyAmountRow { DisclosureId = "x", Department = "d", RowName = "a,\"b\"\r\nc", ColumnKey = "total", ColumnLabel = "合计" };

        string text = Encoding.UTF8.GetString(Written([row]));

        Assert.Contains(",\"a,\"\"b\"\"\r\nc\",", text, StringComparison.Ordinal);
    }

    [Property]
    public Property Any_text_round_trips_through_the_csv()
    {
        Gen<string> texts = Gen.Elements("a", ",", "\"", "\r\n", "\n", " ", "科", "、", "x y").ListOf().Select(parts => string.Concat(parts)).Where(s => s.Length > 0);
        return Prop.ForAll(texts.ToArbitrary(), name =>
        {
            var row = new TidyAmountRow { DisclosureId = "x", Department = "d", RowName = name, ColumnKey = "total", ColumnLabel = "合计", Amount = 1.5m };
            Dictionary<string, string?> record = CsvText.Record(CsvText.Parse(Encoding.UTF8.GetString(Written([row]))), 1);
            return record["row_name"] == name;
        });
    }

    [Property]
    public Property Any_amount_round_trips_with_its_scale()
    {
        Gen<decimal> amounts = Gen.Choose(-999_999_999, 999_999_999).SelectMany(units => Gen.Choose(0, 2).Select(scale => units / (scale switch { 0 => 1m, 1 => 10m, _ => 100m })));
        return Prop.ForAll(amounts.ToArbitrary(), amount =>
        {
            var row = new TidyAmountRow { DisclosureId = "x", Department = "d", ColumnKey = "total", ColumnLabel = "合计", Amount = amount };
            string? written = CsvText.Record(CsvText.Parse(Encoding.UTF8.GetString(Written([row]))), 1)["amount"];
            decimal read = decimal.Parse(written!, System.Globalization.CultureInfo.InvariantCulture);
            return read == amount && read.Scale == amount.Scale;
        });
    }

    [Fact]
    public void Rows_reach_the_stream_before_the_writer_is_finished()
    {
        using var stream = new MemoryStream();
        using var writer = new CsvTidyWriter(stream, leaveOpen: true);
        foreach (TidyAmountRow row in Enumerable.Repeat(TidyExport.Rows(ExportSamples.Science()), 200).SelectMany(r => r))
        {
            writer.Write(row);
        }

        Assert.True(stream.Length > 0);
    }
}
