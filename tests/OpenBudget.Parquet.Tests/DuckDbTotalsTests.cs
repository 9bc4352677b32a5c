using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;

namespace OpenBudget.Parquet.Tests;

/// <summary>DuckDB reads the Parquet and the CSV the library writes and gets, with exact DECIMAL sums, the totals the library's aggregator gets.</summary>
public sealed class DuckDbTotalsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static BudgetDisclosure Sample()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
        using FileStream stream = File.OpenRead(path);
        return OpenBudgetJson.Deserialize(stream);
    }

    private static BudgetDisclosure[] Corpus() =>
    [
        ExportSamples.Science(2025),
        ExportSamples.Science(2026, "650100", "乌鲁木齐市教育局"),
        ExportSamples.Science(2026, "650200", "克拉玛依市科学技术局"),
        Sample(),
    ];

    private static readonly TidyQuery PerTableAndClass = new()
    {
        GroupBy = [TidyDimension.TableKind, TidyDimension.ColumnKey, TidyDimension.FunctionalClass],
        RowKind = RowKind.Class,
    };

    private static readonly TidyQuery PerTableTotal = new()
    {
        GroupBy = [TidyDimension.Year, TidyDimension.TableKind, TidyDimension.ColumnKey],
        RowKind = RowKind.Total,
    };

    private const string PerTableAndClassSql =
        "SELECT table_kind, column_key, functional_class, CAST(sum(amount_wan) AS DECIMAL(38,6)), count(*), count(*) - count(amount_wan) FROM {0} WHERE row_kind = 'class' GROUP BY ALL";

    private const string PerTableTotalSql =
        "SELECT CAST(fiscal_year AS VARCHAR), table_kind, column_key, CAST(sum(amount_wan) AS DECIMAL(38,6)), count(*), count(*) - count(amount_wan) FROM {0} WHERE row_kind = 'total' GROUP BY ALL";

    private async Task<string> ParquetAsync()
    {
        string path = _temp.File("amounts.parquet");
        await using (FileStream stream = File.Create(path))
        {
            await ParquetTidyWriter.WriteAsync(TidyExport.Rows(Corpus()), stream, new ParquetExportOptions { RowGroupSize = 50 });
        }

        return $"read_parquet({DuckDb.Literal(path)})";
    }

    private string Csv()
    {
        string path = _temp.File("amounts.csv");
        using (FileStream stream = File.Create(path))
        {
            CsvTidyWriter.Write(TidyExport.Rows(Corpus()), stream);
        }

        // Every column as text, then the amount cast to DECIMAL: no value passes through a floating-point type.
        return $"(SELECT * REPLACE (CAST(amount_wan AS DECIMAL(20,6)) AS amount_wan) FROM read_csv({DuckDb.Literal(path)}, header = true, all_varchar = true))";
    }

    private static List<(string, decimal, long, long)> Library(TidyQuery query)
        => [.. TidyAggregator.Aggregate(TidyExport.Rows(Corpus()), query).Select(a => (string.Join("|", a.Key), a.TotalWan, a.Cells, a.BlankCells))];

    private static List<(string, decimal, long, long)> Sql(string sql, string source, int keys)
        => [.. DuckDb.Query(string.Format(CultureInfo.InvariantCulture, sql, source))
            .Select(r => (string.Join("|", r.Take(keys).Select(v => v as string)), r[keys] is decimal d ? d : 0m, Convert.ToInt64(r[keys + 1], CultureInfo.InvariantCulture), Convert.ToInt64(r[keys + 2], CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)];

    private static List<(string, decimal, long, long)> Ordered(List<(string, decimal, long, long)> rows) => [.. rows.OrderBy(r => r.Item1, StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_holds_the_sample_disclosure()
    {
        Assert.Contains(TidyExport.Rows(Corpus()), r => r.DisclosureId == DisclosureIds.For(Sample()) && r.TableKind == TableKind.GeneralPublicBudgetBasicExpenditure);
    }

    [Fact]
    public async Task DuckDB_over_parquet_gets_the_library_totals_per_table_and_class()
    {
        Assert.Equal(Ordered(Library(PerTableAndClass)), Sql(PerTableAndClassSql, await ParquetAsync(), 3));
    }

    [Fact]
    public async Task DuckDB_over_parquet_gets_the_library_totals_per_table()
    {
        Assert.Equal(Ordered(Library(PerTableTotal)), Sql(PerTableTotalSql, await ParquetAsync(), 3));
    }

    [Fact]
    public void DuckDB_over_csv_gets_the_library_totals_per_table_and_class()
    {
        Assert.Equal(Ordered(Library(PerTableAndClass)), Sql(PerTableAndClassSql, Csv(), 3));
    }

    [Fact]
    public void DuckDB_over_csv_gets_the_library_totals_per_table()
    {
        Assert.Equal(Ordered(Library(PerTableTotal)), Sql(PerTableTotalSql, Csv(), 3));
    }

    [Fact]
    public async Task DuckDB_over_parquet_gets_the_sample_table_3_class_206_as_printed()
    {
        string source = await ParquetAsync();
        string id = DisclosureIds.For(Sample());

        object? total = DuckDb.Query($"SELECT sum(amount_wan) FROM {source} WHERE disclosure_id = '{id}' AND table_kind = 'expenditure' AND row_kind = 'class' AND functional_class = '206' AND column_key = 'total'").Single()[0];

        Assert.Equal(6675.00m, total);
    }

    [Fact]
    public void DuckDB_reads_an_empty_csv_field_as_null()
    {
        Csv();
        string path = _temp.File("amounts.csv");

        object? nulls = DuckDb.Query($"SELECT count(*) FILTER (WHERE amount IS NULL) FROM read_csv({DuckDb.Literal(path)}, header = true, all_varchar = true, allow_quoted_nulls = false)").Single()[0];

        Assert.Equal(TidyExport.Rows(Corpus()).LongCount(r => r.IsBlank), Convert.ToInt64(nulls, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DuckDB_reads_a_quoted_empty_csv_field_as_empty_text()
    {
        string path = _temp.File("empty.csv");
        using (FileStream stream = File.Create(path))
        {
            CsvTidyWriter.Write([new TidyAmountRow { DisclosureId = "x", Department = "d", RowName = "", ColumnKey = "total", ColumnLabel = "合计" }], stream);
        }

        object?[] row = DuckDb.Query($"SELECT row_name, region_code FROM read_csv({DuckDb.Literal(path)}, header = true, all_varchar = true, allow_quoted_nulls = false)").Single();

        Assert.Equal(["", null], row);
    }
}
