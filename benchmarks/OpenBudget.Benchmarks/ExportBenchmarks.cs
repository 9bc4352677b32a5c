using BenchmarkDotNet.Attributes;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Parquet;

namespace OpenBudget.Benchmarks;

/// <summary>The export hot paths: disclosures to tidy rows, rows to CSV and Parquet, and aggregation of the rows by functional section.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks : IDisposable
{
    private static readonly TidyQuery BySection = new() { GroupBy = [TidyDimension.FunctionalSection] };

    private BudgetDisclosure[] _disclosures = [];
    private List<TidyAmountRow> _rows = [];
    private TidyAmountTable? _table;
    private readonly MemoryStream _buffer = new();

    /// <summary>Gets or sets how many generated disclosures (about 594 rows each) each benchmark exports.</summary>
    [Params(100)]
    public int Disclosures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _disclosures = [.. SyntheticCorpus.Disclosures(Disclosures)];
        _rows = [.. TidyExport.Rows(_disclosures)];
        _table = TidyAmountTable.From(_rows);
    }

    public void Dispose()
    {
        _buffer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Tidy_rows() => TidyExport.Rows(_disclosures).Count();

    [Benchmark]
    public long Csv()
    {
        _buffer.SetLength(0);
        return CsvTidyWriter.Write(TidyExport.Rows(_disclosures), _buffer);
    }

    [Benchmark]
    public long Parquet()
    {
        _buffer.SetLength(0);
        return ParquetTidyWriter.WriteAsync(TidyExport.Rows(_disclosures), _buffer).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int Aggregate_streamed_rows_by_section() => TidyAggregator.Aggregate(_rows, BySection).Count;

    [Benchmark]
    public int Aggregate_columnar_table_by_section() => TidyAggregator.Aggregate(_table!, BySection).Count;
}
