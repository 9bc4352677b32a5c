using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;
using static OpenBudget.Tests.Validation.Small;

namespace OpenBudget.Tests.Validation;

public class RoundingVerdictTests
{
    private static Finding OnlyFinding(BudgetDisclosure disclosure, ValidationOptions? options = null)
        => Assert.Single(new DisclosureValidator(options).Validate(disclosure).Findings);

    [Fact]
    public void An_identity_that_holds_is_not_reported_but_counted()
    {
        ValidationReport report = new DisclosureValidator().Validate(ClassOverSections(100.00m, 50.00m, 50.00m));
        Assert.Empty(report.Findings);
        Assert.True(report.Summary.ChecksRun > 0);
        Assert.True(report.Summary.Valid);
    }

    [Fact]
    public void Sum_of_sections_differs_by_one_cent_is_rounding()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.01m));
        Assert.Equal((Verdict.Rounding, Severity.Info, "OB1001"), (finding.Verdict, finding.Severity, finding.RuleId));
    }

    [Fact]
    public void Two_printed_terms_and_a_total_allow_one_and_a_half_cents()
        => Assert.Equal(0.015m, OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.01m)).Tolerance);

    [Theory]
    [InlineData("100.0", "50.00", "50.01", "0.060")]
    [InlineData("100", "50.0", "50.01", "0.555")]
    [InlineData("100.000", "50.0000", "50.0010", "0.00060")]
    public void Each_figure_allows_half_a_unit_of_its_own_last_digit(string total, string first, string second, string tolerance)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Finding finding = OnlyFinding(ClassOverSections(D(total), D(first), D(second)));
        Assert.Equal(tolerance, finding.Tolerance!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_cents_over_two_terms_is_an_error()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.02m));
        Assert.Equal((Verdict.Error, Severity.Error, -0.02m), (finding.Verdict, finding.Severity, finding.Difference));
    }

    [Fact]
    public void The_tolerance_grows_with_the_number_of_terms()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 25.00m, 25.01m, 25.00m, 25.01m));
        Assert.Equal((Verdict.Rounding, 0.025m), (finding.Verdict, finding.Tolerance));
    }

    [Fact]
    public void Strict_mode_makes_one_cent_an_error()
        => Assert.Equal(Verdict.Error, OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.01m), new ValidationOptions { Strict = true }).Verdict);

    [Fact]
    public void The_report_says_what_was_stated_expected_and_summed()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.01m));
        Assert.Equal((100.00m, 100.01m, -0.01m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Equal(["/tables/0/rows/1/cells/total", "/tables/0/rows/2/cells/total"], finding.Terms.Select(t => t.JsonPointer));
        Assert.Equal([50.00m, 50.01m], finding.Terms.Select(t => t.Value));
    }

    [Fact]
    public void A_row_total_reports_the_cells_of_its_row_it_was_compared_with()
    {
        // Table 3's 合计 = 基本支出 + 项目支出 along one row, printed with the project column before the basic one.
        BudgetDisclosure disclosure = With(Table(
            TableKind.Expenditure,
            "3",
            [ColumnKeys.Total, ColumnKeys.Project, ColumnKeys.Basic],
            Row(RowKind.Class, "206", (ColumnKeys.Total, 100.00m), (ColumnKeys.Project, 40.01m), (ColumnKeys.Basic, 60.00m))));
        Finding finding = OnlyFinding(disclosure);
        Assert.Equal(("OB1101", Verdict.Rounding, "/tables/0/rows/0/cells/total"), (finding.RuleId, finding.Verdict, finding.Location.JsonPointer));
        Assert.Equal((100.00m, 100.01m, -0.01m, 0.015m), (finding.Stated, finding.Expected, finding.Difference, finding.Tolerance));
        Assert.Equal(["/tables/0/rows/0/cells/project", "/tables/0/rows/0/cells/basic"], finding.Terms.Select(t => t.JsonPointer));
        Assert.Equal([40.01m, 60.00m], finding.Terms.Select(t => t.Value));
    }

    [Fact]
    public void The_location_is_a_pointer_and_a_label_with_the_spaced_code()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.01m));
        Assert.Equal(new FindingLocation("/tables/0/rows/0/cells/total", "表3 · 206 · 合计"), finding.Location);
    }

    [Fact]
    public void Messages_are_in_english_and_chinese()
    {
        Finding finding = OnlyFinding(ClassOverSections(100.00m, 50.00m, 50.02m));
        Assert.Contains("beyond the rounding tolerance 0.015", finding.Message, StringComparison.Ordinal);
        Assert.Contains("超出四舍五入容差 0.015", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_cell_counts_as_nothing_and_adds_no_tolerance()
    {
        BudgetDisclosure disclosure = With(Table(
            TableKind.Expenditure,
            "3",
            [ColumnKeys.Total],
            Row(RowKind.Class, "206", (ColumnKeys.Total, 10.01m)),
            Row(RowKind.Section, "206 01", (ColumnKeys.Total, null)),
            Row(RowKind.Section, "206 02", (ColumnKeys.Total, 10.00m))));
        Assert.Equal(0.010m, OnlyFinding(disclosure).Tolerance);
    }

    [Fact]
    public void Errors_come_before_rounding_in_the_report()
    {
        BudgetDisclosure disclosure = With(Table(
            TableKind.Expenditure,
            "3",
            [ColumnKeys.Total],
            Row(RowKind.Class, "206", (ColumnKeys.Total, 100.01m)),
            Row(RowKind.Section, "206 01", (ColumnKeys.Total, 50.00m)),
            Row(RowKind.Section, "206 02", (ColumnKeys.Total, 50.00m)),
            Row(RowKind.Class, "215", (ColumnKeys.Total, 9.00m)),
            Row(RowKind.Section, "215 02", (ColumnKeys.Total, 10.00m))));
        ValidationReport report = new DisclosureValidator().Validate(disclosure);
        Assert.Equal([Verdict.Error, Verdict.Rounding], report.Findings.Select(f => f.Verdict));
        Assert.False(report.Summary.Valid);
    }

    private static BudgetDisclosure ProjectWithAllocation(decimal size, params (string Name, decimal Amount)[] allocation)
        => new()
        {
            Department = "测试局",
            FiscalYear = 2026,
            Explanations = new Explanations
            {
                Projects = [new ProjectDescription { Name = "测试项目", Size = size, Allocation = [.. allocation.Select(a => new NamedAmount(a.Name, a.Amount))] }],
            },
        };

    [Fact]
    public void A_figure_printed_to_one_decimal_allows_half_a_tenth()
    {
        Finding finding = OnlyFinding(ProjectWithAllocation(10.44m, ("租赁费", 8.00m), ("劳务费", 2.4m)));
        Assert.Equal((Verdict.Rounding, 0.060m), (finding.Verdict, finding.Tolerance));
    }

    [Fact]
    public void Beyond_half_a_tenth_a_one_decimal_figure_is_an_error()
        => Assert.Equal(Verdict.Error, OnlyFinding(ProjectWithAllocation(10.47m, ("租赁费", 8.00m), ("劳务费", 2.4m))).Verdict);

    private static BudgetDisclosure CommissionedInYuan(decimal tableYuan, decimal statedWan)
        => new()
        {
            Department = "测试局",
            FiscalYear = 2026,
            Tables =
            [
                Table(TableKind.CommissionedServices, "11", [ColumnKeys.Total], TotalRow((ColumnKeys.Total, tableYuan))) with { Unit = PresentationUnit.Yuan },
            ],
            Explanations = new Explanations
            {
                Groups = [new FigureGroup { Key = FigureGroupKeys.CommissionedServices, Total = new StatedFigure { Subject = "委托业务费", Amount = statedWan } }],
            },
        };

    [Fact]
    public void A_table_in_yuan_agrees_with_prose_in_ten_thousands_when_it_rounds_to_it()
        => Assert.Empty(new DisclosureValidator().Validate(CommissionedInYuan(215_600.00m, 21.56m)).Findings);

    [Fact]
    public void Yuan_against_ten_thousands_is_compared_in_the_coarser_unit_with_its_tolerance()
    {
        Finding finding = OnlyFinding(CommissionedInYuan(215_649.00m, 21.56m));
        Assert.Equal((Verdict.Rounding, PresentationUnit.TenThousandYuan, 21.5649m), (finding.Verdict, finding.Unit, finding.Stated));
    }

    [Fact]
    public void Yuan_against_ten_thousands_beyond_half_a_cent_is_an_error()
        => Assert.Equal(Verdict.Error, OnlyFinding(CommissionedInYuan(215_700.00m, 21.56m)).Verdict);

    private static BudgetDisclosure IncomeParagraph(StatedFigure total, params StatedFigure[] parts) => new()
    {
        Department = "测试局",
        FiscalYear = 2026,
        Explanations = new Explanations { Groups = [new FigureGroup { Key = FigureGroupKeys.Income, Total = total, Parts = parts }] },
    };

    [Fact]
    public void A_paragraph_total_that_holds_is_counted_once_whether_or_not_its_parts_share_its_unit()
    {
        static int Checks(BudgetDisclosure disclosure)
        {
            ValidationReport report = new DisclosureValidator(new ValidationOptions { DisabledRules = DisclosureValidator.Rules.Select(r => r.Id).Where(id => id != "OB1412").ToHashSet() }).Validate(disclosure);
            Assert.Empty(report.Findings);
            return report.Summary.ChecksRun;
        }

        var total = new StatedFigure { Subject = "收入预算", Amount = 100.00m };
        int oneUnit = Checks(IncomeParagraph(total, new StatedFigure { Subject = "财政拨款收入", Amount = 60.00m }, new StatedFigure { Subject = "事业收入", Amount = 40.00m }));
        int twoUnits = Checks(IncomeParagraph(total, new StatedFigure { Subject = "财政拨款收入", Amount = 60.00m }, new StatedFigure { Subject = "事业收入", Amount = 400_000.00m, Unit = PresentationUnit.Yuan }));
        Assert.Equal((1, 1), (oneUnit, twoUnits));
    }

    [Fact]
    public void A_paragraph_total_over_parts_in_another_unit_is_compared_in_the_coarser_one()
    {
        // 60.00 万元 + 400,100.00 元 = 100.01 万元 against 100.00: one cent over three figures is rounding.
        Finding finding = OnlyFinding(IncomeParagraph(
            new StatedFigure { Subject = "收入预算", Amount = 100.00m },
            new StatedFigure { Subject = "财政拨款收入", Amount = 60.00m },
            new StatedFigure { Subject = "事业收入", Amount = 400_100.00m, Unit = PresentationUnit.Yuan }));
        Assert.Equal(("OB1412", Verdict.Rounding, -0.01m, PresentationUnit.TenThousandYuan), (finding.RuleId, finding.Verdict, finding.Difference, finding.Unit));
    }
}
