using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>Table 1's named lines are found as the rules name them: the first row of a key on the identity's side, the side's own total row.</summary>
public class LineSumTests
{
    private static TableRow Line(string key, decimal income)
        => new() { Kind = RowKind.Line, Side = TableSide.Income, Key = key, Name = key, Cells = [new TableCell(ColumnKeys.Income, Amount.Of(income))] };

    private static TableRow Total(TableSide side, decimal amount)
        => new() { Kind = RowKind.Total, Side = side, Name = "总计", Cells = [new TableCell(side == TableSide.Income ? ColumnKeys.Income : ColumnKeys.Expenditure, Amount.Of(amount))] };

    private static BudgetDisclosure Summary(params TableRow[] rows) => Small.With(new DisclosureTable
    {
        Kind = TableKind.IncomeExpenditureSummary,
        Number = "1",
        Title = "部门收支总体情况表",
        Columns = [new TableColumn(ColumnKeys.Income, "收入") { Side = TableSide.Income }, new TableColumn(ColumnKeys.Expenditure, "支出") { Side = TableSide.Expenditure }],
        Rows = rows,
    });

    private static Finding[] LineFindings(BudgetDisclosure disclosure)
        => [.. new DisclosureValidator().Validate(disclosure).Findings.Where(f => f.RuleId == "OB1201")];

    [Fact]
    public void The_first_row_of_a_line_and_the_sides_own_total_are_the_ones_added_up()
    {
        // The expenditure side's total and a row of that side under an income line's key come first and differ; a line printed
        // twice counts where it is first printed.
        BudgetDisclosure disclosure = Summary(
            Total(TableSide.Expenditure, 999.00m),
            Line(RowKeys.UnitFunds, 1.00m) with { Side = TableSide.Expenditure },
            Line(RowKeys.CurrentYearIncome, 100.00m),
            Line(RowKeys.GeneralPublicBudget, 60.00m),
            Line(RowKeys.UnitFunds, 40.00m),
            Line(RowKeys.GeneralPublicBudget, 75.00m),
            Total(TableSide.Income, 100.00m));
        Assert.Empty(LineFindings(disclosure));
    }

    [Fact]
    public void A_line_that_differs_is_reported_with_the_lines_it_consists_of()
    {
        BudgetDisclosure disclosure = Summary(
            Line(RowKeys.CurrentYearIncome, 100.00m),
            Line(RowKeys.GeneralPublicBudget, 60.00m),
            Line(RowKeys.UnitFunds, 40.01m),
            Total(TableSide.Income, 100.00m));
        Finding finding = Assert.Single(LineFindings(disclosure));
        Assert.Equal("/tables/0/rows/0/cells/income", finding.Location.JsonPointer);
        Assert.Equal(["/tables/0/rows/1/cells/income", "/tables/0/rows/2/cells/income"], finding.Terms.Select(t => t.JsonPointer));
    }

    [Fact]
    public void An_identity_is_skipped_when_the_line_it_must_not_have_is_printed()
    {
        // With 财政拨款 printed (and not broken down by fund), 本年收入 is its sum with the other sources, not the sum of the funds' lines.
        BudgetDisclosure disclosure = Summary(
            Line(RowKeys.CurrentYearIncome, 100.00m),
            Line(RowKeys.FiscalAppropriation, 70.00m),
            Line(RowKeys.UnitFunds, 30.00m),
            Total(TableSide.Income, 100.00m));
        Assert.Empty(LineFindings(disclosure));
    }
}
