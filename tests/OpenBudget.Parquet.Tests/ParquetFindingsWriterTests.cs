using OpenBudget.Export;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Parquet.Tests;

public sealed class ParquetFindingsWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ValidationReport Report() => new()
    {
        Department = ExportSamples.Department,
        FiscalYear = 2026,
        Findings =
        [
            new Finding
            {
                RuleId = "OB1001",
                Severity = Severity.Error,
                Verdict = Verdict.Error,
                Message = "The total differs from the sum of its classes by 1.00.",
                MessageZh = "总计与各类之和相差 1.00 万元。",
                Location = new FindingLocation("/tables/0/rows/4/cells/total", "表3 · 总计 · 合计"),
                Unit = PresentationUnit.TenThousandYuan,
                Stated = 6679.80m,
                Expected = 6678.80m,
                Difference = 1.00m,
                Tolerance = 0.015m,
            },
            new Finding
            {
                RuleId = "OB3001",
                Severity = Severity.Info,
                Verdict = Verdict.Rounding,
                Message = "The share recomputes within rounding.",
                MessageZh = "占比在舍入范围内。",
                Location = new FindingLocation("/explanations/groups/0/parts/0/sharePercent", "收入 · 一般公共预算 · 占比"),
                Stated = 82.85m,
                Expected = 5534.05m / 6679.80m * 100m,
            },
        ],
    };

    private async Task<(string Findings, string Amounts)> WrittenAsync()
    {
        string findings = _temp.File("findings.parquet");
        string amounts = _temp.File("amounts.parquet");
        await using (FileStream stream = File.Create(findings))
        {
            await ParquetFindingsWriter.WriteAsync(TidyExport.Findings(ExportSamples.Science(), Report()), stream);
        }

        await using (FileStream stream = File.Create(amounts))
        {
            await ParquetTidyWriter.WriteAsync(TidyExport.Rows(ExportSamples.Science()), stream);
        }

        return ($"read_parquet({DuckDb.Literal(findings)})", $"read_parquet({DuckDb.Literal(amounts)})");
    }

    [Fact]
    public async Task Figures_are_parquet_decimal_38_18()
    {
        (string findings, _) = await WrittenAsync();

        List<object?[]> types = DuckDb.Query($"SELECT DISTINCT column_type FROM (DESCRIBE SELECT stated, expected, difference, tolerance FROM {findings})");

        Assert.Equal("DECIMAL(38,18)", Assert.Single(types)[0]);
    }

    [Fact]
    public async Task A_recomputed_share_reads_back_with_eighteen_decimals()
    {
        (string findings, _) = await WrittenAsync();

        object? expected = DuckDb.Query($"SELECT expected FROM {findings} WHERE rule_id = 'OB3001'").Single()[0];

        Assert.Equal(Math.Round(5534.05m / 6679.80m * 100m, 18, MidpointRounding.AwayFromZero), expected);
    }

    [Fact]
    public async Task Findings_join_the_amounts_on_disclosure_id_and_pointer()
    {
        (string findings, string amounts) = await WrittenAsync();

        List<object?[]> joined = DuckDb.Query($"SELECT f.rule_id, a.amount, f.stated FROM {findings} f JOIN {amounts} a USING (disclosure_id, pointer)");

        Assert.Equal([["OB1001", 6679.80m, 6679.80m]], joined);
    }
}
