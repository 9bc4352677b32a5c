using System.Text;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Export;

public class FindingsExportTests
{
    private static ValidationReport Report(decimal expected = 6679.79m) => new()
    {
        Department = ExportSamples.Department,
        FiscalYear = 2026,
        Findings =
        [
            new Finding
            {
                RuleId = "OB1001",
                Severity = Severity.Info,
                Verdict = Verdict.Rounding,
                Message = "The total differs from the sum of its classes by 0.01, within rounding.",
                MessageZh = "总计与各类之和相差 0.01 万元，属舍入误差。",
                Location = new FindingLocation("/tables/0/rows/4/cells/total", "表3 · 总计 · 合计"),
                Unit = PresentationUnit.TenThousandYuan,
                Stated = 6679.80m,
                Expected = expected,
                Difference = 6679.80m - expected,
                Tolerance = 0.015m,
                Terms = [new FindingTerm("206", 6675.00m, "/tables/0/rows/0/cells/total"), new FindingTerm("215", 4.80m, "/tables/0/rows/3/cells/total")],
            },
        ],
    };

    [Fact]
    public void A_finding_joins_the_amount_row_it_points_at()
    {
        TidyFindingRow finding = TidyExport.Findings(ExportSamples.Science(), Report()).Single();

        TidyAmountRow amount = TidyExport.Rows(ExportSamples.Science()).Single(r => r.DisclosureId == finding.DisclosureId && r.JsonPointer == finding.JsonPointer);

        Assert.Equal(6679.80m, amount.Amount.Value);
    }

    [Fact]
    public void A_finding_row_carries_the_rule_verdict_and_figures()
    {
        TidyFindingRow finding = TidyExport.Findings(ExportSamples.Science(), Report()).Single();

        Assert.Equal(("OB1001", Verdict.Rounding, 6679.80m, 6679.79m, 0.01m, 0.015m, 2), (finding.RuleId, finding.Verdict, finding.Stated, finding.Expected, finding.Difference, finding.Tolerance, finding.TermCount));
    }

    [Fact]
    public void A_recomputed_ratio_keeps_eighteen_decimals_rounded_half_away_from_zero()
    {
        decimal ratio = 5534.05m / 6679.80m * 100m;

        TidyFindingRow finding = TidyExport.Findings(ExportSamples.Science(), Report(ratio)).Single();

        Assert.Equal(Math.Round(ratio, 18, MidpointRounding.AwayFromZero), finding.Expected);
    }

    private static List<List<string?>> Csv()
    {
        using var stream = new MemoryStream();
        CsvFindingsWriter.Write(TidyExport.Findings(ExportSamples.Science(), Report()), stream);
        return CsvText.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_findings_csv_header_names_every_column_in_order()
    {
        Assert.Equal(TidyFindingColumns.All.Select(c => c.Name), Csv()[0]);
    }

    [Fact]
    public void The_findings_csv_has_one_record_per_finding()
    {
        Assert.Equal(2, Csv().Count);
    }

    [Fact]
    public void The_findings_csv_writes_words_and_exact_figures()
    {
        Dictionary<string, string?> record = CsvText.Record(Csv(), 1);

        Assert.Equal(("info", "rounding", "tenThousandYuan", "6679.80", "0.01", "表3 · 总计 · 合计"), (record["severity"], record["verdict"], record["unit"], record["stated"], record["difference"], record["location_label"]));
    }
}
