using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>
/// The validator on the two Shanghai budgets (上海市普陀区商务委员会 2025, 万里街道办事处 2024), imported from their text. Every expectation
/// below was read off the printed documents: the prose states figures in 万元 to two decimals, the tables print the same figures in
/// 元 (Commerce to the fen, Wanli to the yuan), so each prose figure differs from its table figure by its own rounding only. The
/// tolerance is half a unit of each side's last printed digit: 0.005 万元 for the prose plus 0.005 元 (Commerce) or 0.5 元 (Wanli).
/// </summary>
public class ShanghaiValidationTests
{
    /// <summary>Rule, pointer, the figure as the prose prints it (万元), the table's figure as printed (元).</summary>
    private static readonly (string Rule, string Pointer, decimal Prose, decimal TableYuan)[] CommerceByHand =
    [
        // 收入预算 37151.47万元 (财政拨款收入 37151.47万元); 表1 收入总计 and 一、财政拨款收入 371,514,655.00 元; 表3 合计 the same.
        ("OB1401", "/explanations/groups/0/parts/0/amount", 37151.47m, 371_514_655.00m),
        ("OB1401", "/explanations/groups/0/total/amount", 37151.47m, 371_514_655.00m),
        ("OB1402", "/explanations/groups/1/total/amount", 37151.47m, 371_514_655.00m),

        // 一般公共预算当年拨款 by item (表5): 201 13 01 行政运行 938.99 / 9,389,913.00; 201 13 50 事业运行 290.18 / 2,901,820.00;
        // 208 05 01 行政单位离退休 166.12 / 1,661,216.00; 208 05 02 事业单位离退休 1.73 / 17,280.00; 208 05 05 基本养老保险缴费
        // 141.09 / 1,410,886.00; 208 05 06 职业年金缴费 70.54 / 705,443.00; 208 05 99 其他养老 1.33 / 13,260.00;
        // 210 11 01 行政单位医疗 63.19 / 631,941.00; 210 11 02 事业单位医疗 24.99 / 249,862.00.
        ("OB1404", "/explanations/groups/2/parts/0/amount", 938.99m, 9_389_913.00m),
        ("OB1404", "/explanations/groups/2/parts/2/amount", 290.18m, 2_901_820.00m),
        ("OB1404", "/explanations/groups/2/parts/5/amount", 166.12m, 1_661_216.00m),
        ("OB1404", "/explanations/groups/2/parts/6/amount", 1.73m, 17_280.00m),
        ("OB1404", "/explanations/groups/2/parts/7/amount", 141.09m, 1_410_886.00m),
        ("OB1404", "/explanations/groups/2/parts/8/amount", 70.54m, 705_443.00m),
        ("OB1404", "/explanations/groups/2/parts/9/amount", 1.33m, 13_260.00m),
        ("OB1404", "/explanations/groups/2/parts/10/amount", 63.19m, 631_941.00m),
        ("OB1404", "/explanations/groups/2/parts/11/amount", 24.99m, 249_862.00m),
    ];

    private static readonly (string Rule, string Pointer, decimal Prose, decimal TableYuan)[] WanliByHand =
    [
        // 收入预算 15621.11万元 (财政拨款收入 15621.11万元); 表1 收入总计 and 一、财政拨款收入 156,211,123 元; 表3 合计 the same.
        ("OB1401", "/explanations/groups/0/parts/0/amount", 15621.11m, 156_211_123m),
        ("OB1401", "/explanations/groups/0/total/amount", 15621.11m, 156_211_123m),
        ("OB1402", "/explanations/groups/1/total/amount", 15621.11m, 156_211_123m),

        // 一般公共预算当年拨款 by item (表5), the items whose 元 do not round to the prose's 万元 exactly.
        ("OB1404", "/explanations/groups/2/parts/11/amount", 24.31m, 243_120m),
        ("OB1404", "/explanations/groups/2/parts/12/amount", 7.66m, 76_620m),
        ("OB1404", "/explanations/groups/2/parts/13/amount", 460.85m, 4_608_515m),
        ("OB1404", "/explanations/groups/2/parts/14/amount", 230.28m, 2_302_815m),
        ("OB1404", "/explanations/groups/2/parts/19/amount", 781.24m, 7_812_394m),
        ("OB1404", "/explanations/groups/2/parts/21/amount", 142.22m, 1_422_233m),
        ("OB1404", "/explanations/groups/2/parts/22/amount", 160.14m, 1_601_424m),
        ("OB1404", "/explanations/groups/2/parts/23/amount", 1660.32m, 16_603_248m),
        ("OB1404", "/explanations/groups/2/parts/24/amount", 1759.10m, 17_591_003m),
        ("OB1404", "/explanations/groups/2/parts/25/amount", 604.34m, 6_043_390m),
        ("OB1404", "/explanations/groups/2/parts/26/amount", 5421.24m, 54_212_362m),
        ("OB1404", "/explanations/groups/2/parts/30/amount", 350.35m, 3_503_499m),
    ];

    public static TheoryData<string> Documents => new() { "commerce", "wanli" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_has_no_real_error(string document)
    {
        ValidationReport report = Validate(document);
        Assert.DoesNotContain(report.Findings, f => f.Verdict != Verdict.Rounding);
        Assert.True(report.Summary.Valid);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_prose_figure_rounded_from_its_table_is_found_as_rounding_and_nothing_else_is(string document)
    {
        var (byHand, tableHalfUnit) = document == "commerce" ? (CommerceByHand, 0.005m) : (WanliByHand, 0.5m);
        var expected = byHand
            .Select(e => (e.Rule, e.Pointer, (decimal?)e.Prose, (decimal?)(e.TableYuan / 10_000m), (decimal?)(0.005m + (tableHalfUnit / 10_000m))))
            .Order()
            .ToArray();
        var actual = Validate(document).Findings
            .Select(f => (f.RuleId, f.Location.JsonPointer, f.Stated, f.Expected, f.Tolerance))
            .Order()
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_three_public_figures_are_compared_with_the_columns_of_table_9(string document)
    {
        ImportResult result = document == "commerce" ? ImportFixtures.Commerce : ImportFixtures.Wanli;
        BudgetDisclosure disclosure = result.Disclosure!;
        int table = disclosure.Tables.ToList().FindIndex(t => t.Kind == TableKind.ThreePublicExpenses);
        FigureGroup group = disclosure.Explanations.Groups.Single(g => g.Key == FigureGroupKeys.ThreePublicExpenses);
        StatedFigure reception = group.Parts.Single(p => p.Key == RowKeys.Reception);

        // The prose's 公务接待费 five cents higher than the table's column (both in 万元, tolerance 0.01): an error that names the column's cell.
        StatedFigure raised = reception with { Amount = reception.Amount.Value + 0.05m };
        FigureGroup changed = group with { Parts = new([.. group.Parts.Select(p => ReferenceEquals(p, reception) ? raised : p)]) };
        BudgetDisclosure edited = disclosure with
        {
            Explanations = disclosure.Explanations with { Groups = new([.. disclosure.Explanations.Groups.Select(g => ReferenceEquals(g, group) ? changed : g)]) },
        };
        Finding finding = Assert.Single(new DisclosureValidator().Validate(edited).Findings, f => f.RuleId == "OB1406");
        Assert.Equal(Verdict.Error, finding.Verdict);
        Assert.Equal($"/tables/{table}/rows/0/cells/reception", Assert.Single(finding.Terms).JsonPointer);
    }

    [Fact]
    public void The_fiscal_appropriation_stated_beside_its_fund_parts_is_their_subtotal_not_a_second_part()
    {
        // 万里 2024: 支出预算15621.11万元，其中：财政拨款支出预算15621.11万元 … 一般公共预算拨款支出预算15621.11万元；政府性基金拨款支出预算
        // 0.00万元；国有资本经营预算拨款支出预算0.00万元. The parts add up once 财政拨款 is read as the subtotal of the three funds.
        BudgetDisclosure disclosure = ImportFixtures.Wanli.Disclosure!;
        int index = disclosure.Explanations.Groups.ToList().FindIndex(g => g.Key == FigureGroupKeys.Expenditure);
        FigureGroup group = disclosure.Explanations.Groups[index];
        Assert.Equal(("财政拨款支出预算", 15621.11m), (group.Parts[0].Subject, group.Parts[0].Amount.Value));
        Assert.DoesNotContain(new DisclosureValidator().Validate(disclosure).Findings, f => f.RuleId == "OB1412");

        // One fund part raised by 1.00: the subtotal no longer equals its funds, and the total no longer equals its parts.
        int fund = group.Parts.ToList().FindIndex(p => p.Key == RowKeys.GeneralPublicBudget);
        FigureGroup changed = group with { Parts = new([.. group.Parts.Select((p, i) => i == fund ? p with { Amount = p.Amount.Value + 1.00m } : p)]) };
        BudgetDisclosure edited = disclosure with
        {
            Explanations = disclosure.Explanations with { Groups = new([.. disclosure.Explanations.Groups.Select((g, i) => i == index ? changed : g)]) },
        };
        var errors = new DisclosureValidator().Validate(edited).Findings.Where(f => f.RuleId == "OB1412").ToList();
        Assert.All(errors, f => Assert.Equal((Verdict.Error, -1.00m), (f.Verdict, f.Difference)));
        Assert.Equal(
            [$"/explanations/groups/{index}/parts/0/amount", $"/explanations/groups/{index}/total/amount"],
            errors.Select(f => f.Location.JsonPointer).Order(StringComparer.Ordinal));
    }

    private static ValidationReport Validate(string document)
        => new DisclosureValidator().Validate((document == "commerce" ? ImportFixtures.Commerce : ImportFixtures.Wanli).Disclosure!);
}
