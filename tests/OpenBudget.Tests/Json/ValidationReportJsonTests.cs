using System.Text.Json;
using OpenBudget.Json;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Json;

public class ValidationReportJsonTests
{
    private static ValidationReport Report() => new()
    {
        Department = "乌鲁木齐市科学技术局",
        FiscalYear = 2026,
        Summary = new ReportSummary
        {
            Valid = false,
            Findings = 1,
            Counts = new VerdictCounts { Error = 1, SeverityError = 1 },
            ChecksRun = 12,
            RulesRun = ["OB1001"],
            RulesSkipped = [new SkippedRule("OB3001", "表8 is missing")],
        },
        Findings =
        [
            new Finding
            {
                RuleId = "OB1001",
                Severity = Severity.Error,
                Verdict = Verdict.Error,
                Message = "The total differs from the sum of its classes.",
                MessageZh = "总计与各类之和不符。",
                Location = new FindingLocation("/tables/2/rows/14/cells/total", "表3 · 总计"),
                Unit = PresentationUnit.TenThousandYuan,
                Stated = 6679.80m,
                Expected = 6679.70m,
                Difference = 0.10m,
                Tolerance = 0.015m,
                Terms = [new FindingTerm("206 科学技术支出", 6675.00m, "/tables/2/rows/0/cells/total"), new FindingTerm("215", null, "/tables/2/rows/11/cells/total")],
            },
        ],
    };

    [Fact]
    public void A_report_reads_back_equal_to_what_was_written()
    {
        ValidationReport report = Report();
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(report, OpenBudgetJson.TypeInfo<ValidationReport>());
        ValidationReport? read = JsonSerializer.Deserialize(json, OpenBudgetJson.TypeInfo<ValidationReport>());
        Assert.Equal(report, read);
    }

    [Fact]
    public void Verdicts_and_severities_are_written_as_camel_case_names_and_amounts_keep_their_decimals()
    {
        string json = JsonSerializer.Serialize(Report(), OpenBudgetJson.TypeInfo<ValidationReport>());
        Assert.Contains("\"verdict\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stated\": 6679.80", json, StringComparison.Ordinal);
        Assert.Contains("总计与各类之和不符。", json, StringComparison.Ordinal);
    }
}
