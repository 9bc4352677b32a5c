using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>
/// The validator on the hand-checked sample (乌鲁木齐市科学技术局 2026). Every expectation below was worked out by hand from the printed
/// document (shared/seed): the sums are of the printed figures, the tolerance is 0.005 for each printed figure taking part.
/// </summary>
public class SampleDisclosureTests
{
    private static readonly Lazy<ValidationReport> Report = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
        return new DisclosureValidator().Validate(OpenBudgetJson.Deserialize(File.ReadAllText(path)));
    });

    /// <summary>Rule, pointer, stated, expected (the sum of the printed parts), tolerance: all rounding.</summary>
    private static readonly (string Rule, string Pointer, decimal Stated, decimal Expected, decimal Tolerance)[] RoundingByHand =
    [
        // 表1 一、本年收入 5,590.76 = 一般公共预算拨款 5,551.05 + 单位资金 39.70 = 5,590.75.
        ("OB1201", "/tables/0/rows/0/cells/income", 5590.76m, 5590.75m, 0.015m),

        // 表2 206 = 802.12 + 482.52 + 3,941.09 + 1,449.26 = 6,674.99; fiscal 798.54 + 3,526.00 + 1,226.52 = 5,551.06;
        // 一般公共预算 798.54 + 3,509.00 + 1,226.52 = 5,534.06; 财政拨款结转 3.59 + 482.52 + 406.05 + 192.09 = 1,084.25.
        ("OB1001", "/tables/1/rows/0/cells/total", 6675.00m, 6674.99m, 0.025m),
        ("OB1001", "/tables/1/rows/0/cells/fiscal", 5551.05m, 5551.06m, 0.020m),
        ("OB1001", "/tables/1/rows/0/cells/generalPublicBudget", 5534.05m, 5534.06m, 0.020m),
        ("OB1001", "/tables/1/rows/0/cells/carryOver.fiscal", 1084.24m, 1084.25m, 0.025m),

        // 表2 206 01 = 767.54 + 34.59 = 802.13; 206 05 = 364.68 + 1,084.59 = 1,449.27.
        ("OB1001", "/tables/1/rows/1/cells/total", 802.12m, 802.13m, 0.015m),
        ("OB1001", "/tables/1/rows/8/cells/total", 1449.26m, 1449.27m, 0.015m),

        // 表2 总计 = 财政拨款小计 + 单位资金 + 财政拨款结转, per row: 206 5,551.05 + 39.70 + 1,084.24 = 6,674.99;
        // 206 01 798.54 + 3.59 = 802.13; 206 05 1,226.52 + 30.66 + 192.09 = 1,449.27; 总计 5,551.05 + 39.70 + 1,089.04 = 6,679.79.
        ("OB1103", "/tables/1/rows/0/cells/total", 6675.00m, 6674.99m, 0.020m),
        ("OB1103", "/tables/1/rows/1/cells/total", 802.12m, 802.13m, 0.015m),
        ("OB1103", "/tables/1/rows/8/cells/total", 1449.26m, 1449.27m, 0.020m),
        ("OB1103", "/tables/1/rows/14/cells/total", 6679.80m, 6679.79m, 0.020m),

        // 表3 206 = 6,674.99 as in 表2; 基本支出 767.54 + 898.61 = 1,666.15; 206 01 and 206 05 as in 表2, also as 基本 + 项目:
        // 767.54 + 34.59 = 802.13 and 898.61 + 550.66 = 1,449.27.
        ("OB1001", "/tables/2/rows/0/cells/total", 6675.00m, 6674.99m, 0.025m),
        ("OB1001", "/tables/2/rows/0/cells/basic", 1666.14m, 1666.15m, 0.015m),
        ("OB1001", "/tables/2/rows/1/cells/total", 802.12m, 802.13m, 0.015m),
        ("OB1001", "/tables/2/rows/8/cells/total", 1449.26m, 1449.27m, 0.015m),
        ("OB1101", "/tables/2/rows/1/cells/total", 802.12m, 802.13m, 0.015m),
        ("OB1101", "/tables/2/rows/8/cells/total", 1449.26m, 1449.27m, 0.015m),

        // 表5 206 = 798.54 + 3,526.00 + 1,226.52 = 5,551.06; 基本支出 767.54 + 898.61 = 1,666.15.
        ("OB1001", "/tables/4/rows/0/cells/total", 5551.05m, 5551.06m, 0.020m),
        ("OB1001", "/tables/4/rows/0/cells/basic", 1666.14m, 1666.15m, 0.015m),

        // 表6 301 = 397.73 + 189.14 + 199.12 + 131.74 + 145.76 + 72.88 + 89.28 + 18.22 + 5.29 + 120.17 + 1.13 = 1,370.46 (11 sections);
        // 302 = 56.42 + 0.80 + 0.18 + 3.50 + 6.10 + 5.86 + 16.85 + 2.20 + 2.25 + 0.50 + 14.90 + 10.80 + 30.30 = 150.66 (13 sections).
        ("OB1001", "/tables/5/rows/0/cells/total", 1370.45m, 1370.46m, 0.060m),
        ("OB1001", "/tables/5/rows/0/cells/personnel", 1370.45m, 1370.46m, 0.060m),
        ("OB1001", "/tables/5/rows/12/cells/total", 150.65m, 150.66m, 0.070m),
        ("OB1001", "/tables/5/rows/12/cells/public", 150.65m, 150.66m, 0.070m),

        // 表12 总计 = 891.11 + 117.98 + 79.96 = 1,089.05, in 合计, 财政拨款小计 and 财政拨款项目支出.
        ("OB1004", "/tables/11/rows/14/cells/total", 1089.04m, 1089.05m, 0.020m),
        ("OB1004", "/tables/11/rows/14/cells/fiscal", 1089.04m, 1089.05m, 0.020m),
        ("OB1004", "/tables/11/rows/14/cells/fiscal.project", 1089.04m, 1089.05m, 0.020m),

        // 收入预算 6,679.80 = 5,534.05 + 17.00 + 39.70 + 1,089.04 = 6,679.79; its shares 82.85 + 0.25 + 0.59 + 16.30 = 99.99.
        ("OB1412", "/explanations/groups/1/total/amount", 6679.80m, 6679.79m, 0.025m),
        ("OB1413", "/explanations/groups/1/parts", 100m, 99.99m, 0.020m),

        // 一般公共预算拨款合计 5,551.05 = the six items of 具体使用情况 767.54 + 31.00 + 0.00 + 3,526.00 + 364.68 + 861.84 = 5,551.06.
        ("OB1412", "/explanations/groups/4/total/amount", 5551.05m, 5551.06m, 0.035m),

        // 上年结转结余 1,089.04 = the eleven items 405.00 + 11.23 + 120.00 + 0.64 + 1.05 + 28.91 + 3.59 + 50.00 + 4.80 + 362.52 + 101.31 = 1,089.05.
        ("OB1412", "/explanations/groups/10/total/amount", 1089.04m, 1089.05m, 0.060m),
    ];

    /// <summary>Rule, pointer of the odd spelling, the two spellings.</summary>
    private static readonly (string Rule, string Pointer, string A, string B)[] NamesByHand =
    [
        ("OB1603", "/explanations/projects/2/name", "2026年厅动联动重点研发项目", "2026年厅联动重点研发项目"),
        ("OB1603", "/performance/projects/3/projectName", "2026年厅地联动重点研发项目", "2026年厅联动重点研发项目"),
        ("OB1603", "/performance/projects/3/projectName", "2026年厅地联动重点研发项目", "2026年厅动联动重点研发项目"),
        ("OB1603", "/performance/projects/9/projectName", "科技人才、科学决策与技术市场专项项目", "科技人才、科学决策与技术市场专项"),
        ("OB1603", "/explanations/groups/11/parts/2/subject", "2025年人才发展资金-重点领域科技创新攻关“揭榜挂帅”项目", "2025年人才发展资金—重点领域科技创新攻关“揭榜挂帅”项目"),
        ("OB1603", "/explanations/groups/11/parts/4/subject", "(乌财科教〔2024〕159号)提前下达2025年自治区科技计划专项资金-第十一届新疆创新创业大赛优秀组织奖", "(乌财科教【2024】159号)提前下达2025年自治区科技计划专项资金-第十一届新疆创新创业大赛优秀组织奖"),
        ("OB1604", "/performance/projects/8/budgetUnit", "乌鲁木齐科技信息中心", "乌鲁木齐科技信息服务中心"),
    ];

    [Fact]
    public void Every_rule_runs_on_the_sample()
        => Assert.Empty(Report.Value.Summary.RulesSkipped);

    [Fact]
    public void The_sample_has_no_real_error()
        => Assert.True(Report.Value.Summary.Valid);

    [Fact]
    public void Every_one_cent_difference_worked_out_by_hand_is_found_as_rounding_and_nothing_else_is()
    {
        var expected = RoundingByHand.Select(e => (e.Rule, e.Pointer, Verdict.Rounding, (decimal?)e.Stated, (decimal?)e.Expected, (decimal?)e.Tolerance)).Order().ToArray();
        var actual = Report.Value.Findings
            .Where(f => f.Verdict != Verdict.Mismatch)
            .Select(f => (f.RuleId, f.Location.JsonPointer, f.Verdict, f.Stated, f.Expected, f.Tolerance))
            .Order()
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_name_spelled_two_ways_is_a_mismatch_and_nothing_else_is()
    {
        var expected = NamesByHand.Select(e => (e.Rule, e.Pointer, Pair(e.A, e.B))).Order().ToArray();
        var actual = Report.Value.Findings
            .Where(f => f.Verdict == Verdict.Mismatch)
            .Select(f => (f.RuleId, f.Location.JsonPointer, Pair(f.StatedText!, f.ExpectedText!)))
            .Order()
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Name_mismatches_are_warnings_that_list_every_place_either_spelling_is_printed()
    {
        Finding unit = Assert.Single(Report.Value.Findings, f => f.RuleId == "OB1604");
        Assert.Equal(Severity.Warning, unit.Severity);
        Assert.Contains(unit.Terms, t => t.JsonPointer == "/overview/units/1/name");
        Assert.Contains(unit.Terms, t => t.JsonPointer == "/performance/projects/11/budgetUnit");
    }

    [Fact]
    public void A_name_mismatch_lists_the_places_of_both_spellings_in_the_order_they_are_met()
    {
        // The name rules read the overview, the tables, the project descriptions, the paragraphs, then the performance tables.
        string[] sections = ["/overview/", "/tables/", "/explanations/projects/", "/explanations/groups/", "/performance/"];
        int Section(string pointer) => Array.FindIndex(sections, s => pointer.StartsWith(s, StringComparison.Ordinal));
        var metOrder = Comparer<string>.Create((x, y) => Section(x) != Section(y) ? Section(x).CompareTo(Section(y)) : JsonPointer.Compare(x, y));
        foreach (Finding finding in Report.Value.Findings.Where(f => f.Verdict == Verdict.Mismatch))
        {
            string[] places = [.. finding.Terms.Select(t => t.JsonPointer)];
            Assert.True(places.Length >= 2, $"{finding.RuleId} at {finding.Location.JsonPointer} lists {places.Length} place(s)");
            Assert.DoesNotContain(places, p => Section(p) < 0);
            Assert.Equal(places.Order(metOrder), places);
        }
    }

    [Fact]
    public void The_summary_counts_the_findings()
    {
        ReportSummary summary = Report.Value.Summary;
        Assert.Equal((37, 30, 0, 7, 30, 7, 0), (summary.Findings, summary.Counts.Rounding, summary.Counts.Error, summary.Counts.Mismatch, summary.Counts.SeverityInfo, summary.Counts.SeverityWarning, summary.Counts.SeverityError));
    }

    [Fact]
    public void Mismatches_come_before_rounding()
        => Assert.Equal(
            Report.Value.Findings.OrderBy(f => f.Verdict == Verdict.Mismatch ? 0 : 1).Select(f => f.Verdict),
            Report.Value.Findings.Select(f => f.Verdict));

    [Fact]
    public void Within_a_verdict_cells_follow_the_document_rows_by_number_and_a_rows_cells_by_column()
    {
        BudgetDisclosure disclosure = OpenBudgetJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json")));
        (int Table, int Row, int Column)? Place(Finding finding)
        {
            string[] parts = finding.Location.JsonPointer.Split('/');
            if (parts is not ["", "tables", _, "rows", _, "cells", _])
            {
                return null;
            }

            int table = int.Parse(parts[2], CultureInfo.InvariantCulture);
            int column = disclosure.Tables[table].Columns.Select(c => c.Key).ToList().IndexOf(parts[6]);
            return (table, int.Parse(parts[4], CultureInfo.InvariantCulture), column);
        }

        var rounding = Report.Value.Findings.Where(f => f.Verdict == Verdict.Rounding).Select(Place).OfType<(int Table, int Row, int Column)>().ToList();
        Assert.True(rounding.Count >= 20);
        Assert.Equal(rounding.Order(), rounding);

        // Table 2's rows 0, 1, 8 and 14 (总计) come in that order, not as the strings "0", "1", "14", "8" would.
        Assert.Equal([0, 1, 8, 14], rounding.Where(p => p.Table == 1).Select(p => p.Row).Distinct());
    }

    [Fact]
    public void Strict_mode_turns_every_one_cent_difference_into_an_error()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
        ValidationReport strict = new DisclosureValidator(new ValidationOptions { Strict = true }).Validate(OpenBudgetJson.Deserialize(File.ReadAllText(path)));
        Assert.Equal((30, false), (strict.Summary.Counts.Error, strict.Summary.Valid));
    }

    [Fact]
    public void The_sample_agrees_with_itself_across_tables_and_explanations()
    {
        string[] acrossTables = [.. DisclosureValidator.Rules.Where(r => r.Category is RuleCategory.AcrossTables or RuleCategory.PerformanceTargets).Select(r => r.Id)];
        Assert.DoesNotContain(Report.Value.Findings, f => acrossTables.Contains(f.RuleId));
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} | {b}" : $"{b} | {a}";

}
