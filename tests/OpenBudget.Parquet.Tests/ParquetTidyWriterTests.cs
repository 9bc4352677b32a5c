using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Money;

namespace OpenBudget.Parquet.Tests;

public sealed class ParquetTidyWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> WrittenAsync(IEnumerable<TidyAmountRow> rows, ParquetExportOptions? options = null)
    {
        string path = _temp.File("amounts.parquet");
        await using (FileStream stream = File.Create(path))
        {
            await ParquetTidyWriter.WriteAsync(rows, stream, options);
        }

        return DuckDb.Literal(path);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        decimal d => Dec(d),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    [Fact]
    public async Task The_printed_amount_is_a_parquet_decimal_18_2()
    {
        string file = await WrittenAsync(TidyExport.Rows(ExportSamples.Science()));

        Assert.Equal("DECIMAL(18,2)", DuckDb.Query($"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet({file})) WHERE column_name = 'amount'").Single()[0]);
    }

    [Fact]
    public async Task The_amount_in_wan_is_a_parquet_decimal_20_6()
    {
        string file = await WrittenAsync(TidyExport.Rows(ExportSamples.Science()));

        Assert.Equal("DECIMAL(20,6)", DuckDb.Query($"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet({file})) WHERE column_name = 'amount_wan'").Single()[0]);
    }

    [Fact]
    public async Task Amount_columns_carry_the_decimal_logical_type_in_the_file_schema()
    {
        string file = await WrittenAsync(TidyExport.Rows(ExportSamples.Science()));

        List<object?[]> schema = DuckDb.Query($"SELECT name, converted_type, precision, scale FROM parquet_schema({file}) WHERE name IN ('amount', 'amount_wan') ORDER BY name");

        Assert.Equal([["amount", "DECIMAL", 18L, 2L], ["amount_wan", "DECIMAL", 20L, 6L]], schema.Select(r => r.Select(v => v is int i ? (object)(long)i : v).ToArray()));
    }

    [Fact]
    public async Task Every_column_reads_back_as_written()
    {
        List<TidyAmountRow> rows = [.. TidyExport.Rows(ExportSamples.Science())];
        string file = await WrittenAsync(rows);
        string columns = string.Join(", ", TidyAmountColumns.All.Select(c => c.Name));

        List<string?[]> read = [.. DuckDb.Query($"SELECT {columns} FROM read_parquet({file})").Select(r => r.Select(Text).ToArray())];

        Assert.Equal(rows.Select(r => string.Join(" | ", Expected(r))), read.Select(r => string.Join(" | ", r)));
    }

    [Fact]
    public async Task A_blank_cell_reads_back_as_null_and_is_blank()
    {
        string file = await WrittenAsync(TidyExport.Rows(ExportSamples.Science()));

        object?[] row = DuckDb.Query($"SELECT amount, amount_wan, is_blank FROM read_parquet({file}) WHERE pointer = '/tables/0/rows/2/cells/project'").Single();

        Assert.Equal([null, null, true], row);
    }

    [Fact]
    public async Task Row_groups_hold_at_most_the_configured_number_of_rows()
    {
        int cells = ExportSamples.CellCount(ExportSamples.Science());
        string file = await WrittenAsync(TidyExport.Rows(ExportSamples.Science()), new ParquetExportOptions { RowGroupSize = 10 });

        List<object?[]> groups = DuckDb.Query($"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata({file}) ORDER BY row_group_id");

        Assert.Equal(Enumerable.Range(0, (cells + 9) / 10).Select(g => Math.Min(10L, cells - (g * 10L))), groups.Select(g => Convert.ToInt64(g[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task An_amount_with_more_decimals_than_the_column_holds_is_refused_with_its_cell()
    {
        var row = new TidyAmountRow { DisclosureId = "x", Department = "d", ColumnKey = "total", ColumnLabel = "合计", Amount = 1.234m, TableIndex = 3, RowIndex = 4 };

        var ex = await Assert.ThrowsAsync<TidyExportException>(() => WrittenAsync([row]));

        Assert.Equal("/tables/3/rows/4/cells/total", ex.JsonPointer);
    }

    [Fact]
    public async Task Trailing_zeros_beyond_the_scale_are_not_a_loss()
    {
        var row = new TidyAmountRow { DisclosureId = "x", Department = "d", ColumnKey = "total", ColumnLabel = "合计", Amount = 1.2300m };
        string file = await WrittenAsync([row]);

        Assert.Equal(1.23m, DuckDb.Query($"SELECT amount FROM read_parquet({file})").Single()[0]);
    }

    [Fact]
    public async Task An_empty_export_is_a_valid_file_with_the_columns()
    {
        string file = await WrittenAsync([]);

        Assert.Equal(TidyAmountColumns.All.Length, DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({file})").Count);
    }

    [Fact]
    public async Task Partitions_by_year_read_back_with_a_hive_year_column()
    {
        IReadOnlyList<string> files = await ParquetTidyWriter.WritePartitionedAsync(TidyExport.Rows([ExportSamples.Science(2025), ExportSamples.Science(2026)]), _temp.Path);
        string glob = DuckDb.Literal(Path.Combine(_temp.Path, "*", "*.parquet"));

        List<object?[]> years = DuckDb.Query($"SELECT DISTINCT CAST(year AS INTEGER), fiscal_year, filename LIKE '%year=' || fiscal_year || '%' FROM read_parquet({glob}, hive_partitioning = true, filename = true) ORDER BY 1");

        Assert.Equal([[2025, 2025, true], [2026, 2026, true]], years);
    }

    [Fact]
    public async Task Partition_files_follow_the_hive_layout()
    {
        IReadOnlyList<string> files = await ParquetTidyWriter.WritePartitionedAsync(TidyExport.Rows([ExportSamples.Science(2025), ExportSamples.Science(2026)]), _temp.Path);

        Assert.Equal(["year=2025/part-0000.parquet", "year=2026/part-0000.parquet"], files);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused_with_the_reason()
    {
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);

        var ex = Assert.Throws<ArgumentException>(() => new ParquetTidyWriter(pipe));

        Assert.Contains("seekable", ex.Message, StringComparison.Ordinal);
    }

    private static string?[] Expected(TidyAmountRow r) =>
    [
        r.DisclosureId, r.RegionCode, r.RegionName, r.Department, Num(r.FiscalYear), Word(r.Phase), r.BudgetUnit, Num(r.TableIndex),
        Word(r.TableKind), r.TableNumber, r.TableTitle, r.Side is null ? null : Word(r.Side.Value), Num(r.RowIndex), Word(r.RowKind), r.RowKey, r.RowName,
        r.ProjectName, r.Functional?.ToString(), r.FunctionalClass, r.FunctionalSection, r.FunctionalItem, r.Economic?.ToString(),
        r.EconomicClass, r.EconomicSection, r.ColumnKey, r.ColumnLabel, r.Amount.HasValue ? Dec(r.Amount.Value) : null,
        r.Amount.HasValue ? Num(r.Amount.Scale) : null, Word(r.Unit), r.AmountWan is decimal w ? Dec(w) : null, r.IsBlank ? "true" : "false", r.JsonPointer,
    ];

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a decimal without trailing zeros, as readers differ in the scale they report (2.40 and 2.4 are the same amount).</summary>
    private static string Dec(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Word<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
