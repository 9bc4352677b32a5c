using System.Text;
using OpenBudget.Export;

namespace OpenBudget.Tests.Export;

public sealed class PartitionedTidyWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "openbudget-partitions-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static IEnumerable<TidyAmountRow> TwoYears() => TidyExport.Rows([ExportSamples.Science(2025), ExportSamples.Science(2026)]);

    private List<List<string?>> Read(string relative) => CsvText.Parse(File.ReadAllText(Path.Combine(_directory, relative), Encoding.UTF8));

    [Fact]
    public async Task Each_year_goes_to_its_own_hive_partition()
    {
        IReadOnlyList<string> files = await TidyPartitions.WriteCsvAsync(TwoYears(), _directory);

        Assert.Equal(["year=2025/part-0000.csv", "year=2026/part-0000.csv"], files);
    }

    [Fact]
    public async Task A_partition_holds_only_its_years_rows()
    {
        await TidyPartitions.WriteCsvAsync(TwoYears(), _directory);

        List<List<string?>> records = Read("year=2025/part-0000.csv");
        int year = records[0].IndexOf("fiscal_year");

        Assert.Equal(["2025"], records.Skip(1).Select(r => r[year]).Distinct());
    }

    [Fact]
    public async Task A_full_part_is_finished_and_the_next_begun_each_with_a_header()
    {
        int cells = ExportSamples.CellCount(ExportSamples.Science());

        IReadOnlyList<string> files = await TidyPartitions.WriteCsvAsync(TidyExport.Rows(ExportSamples.Science()), _directory, maxRowsPerFile: 10);

        Assert.Equal(
            Enumerable.Range(0, (cells + 9) / 10).Select(i => cells - (i * 10) >= 10 ? 11 : cells - (i * 10) + 1),
            files.Select(f => Read(f).Count));
    }

    [Fact]
    public async Task Writing_over_an_existing_part_is_refused()
    {
        await TidyPartitions.WriteCsvAsync(TwoYears(), _directory);

        var ex = await Assert.ThrowsAsync<IOException>(() => TidyPartitions.WriteCsvAsync(TwoYears(), _directory));

        Assert.Contains("empty directory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_are_partitioned_by_year_like_the_amounts()
    {
        var findings = new[] { 2025, 2026 }.Select(year => new TidyFindingRow { DisclosureId = "x-" + year, Department = "d", FiscalYear = year, RuleId = "OB1001", JsonPointer = "/tables/0/rows/0/cells/total" });
        PartitionedTidyWriter<TidyFindingRow> writer = TidyPartitions.ForFindings(_directory, "csv", stream => new CsvFindingsWriter(stream));
        await using (writer)
        {
            foreach (TidyFindingRow finding in findings)
            {
                await writer.WriteAsync(finding);
            }
        }

        Assert.Equal(["year=2025/part-0000.csv", "year=2026/part-0000.csv"], writer.Files);
    }
}
