using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>
/// Sums and stated figures that hold are counted without building their terms when every figure is printed in one unit; the
/// same ones with a table printed in 元 instead go through the full comparison. Either way they count the same checks and
/// find nothing.
/// </summary>
public class HeldSumTests
{
    private static ValidationOptions Only(string ruleId) => new()
    {
        DisabledRules = DisclosureValidator.Rules.Select(r => r.Id).Where(id => id != ruleId).ToHashSet(),
    };

    /// <summary>Reprints a table in 元: every amount times 10,000, the same figures in the finer unit.</summary>
    private static DisclosureTable InYuan(DisclosureTable table) => table with
    {
        Unit = PresentationUnit.Yuan,
        Rows = [.. table.Rows.Select(row => row with
        {
            Cells = [.. row.Cells.Select(cell => cell.Amount.IsBlank ? cell : new TableCell(cell.Column, Amount.Of(cell.Amount.Value * 10_000m)))],
        })],
    };

    [Theory]
    [InlineData("OB1304", TableKind.GeneralPublicBudgetExpenditure)]
    [InlineData("OB1304", TableKind.Income)]
    [InlineData("OB1307", TableKind.IncomeExpenditureSummary)]
    [InlineData("OB1307", TableKind.Income)]
    [InlineData("OB1303", TableKind.Expenditure)]
    [InlineData("OB1303", TableKind.Income)]
    [InlineData("OB1312", TableKind.GeneralPublicBudgetExpenditure)]
    [InlineData("OB1312", TableKind.GeneralPublicBudgetProjectExpenditure)]
    [InlineData("OB1401", TableKind.IncomeExpenditureSummary)]
    [InlineData("OB1420", TableKind.GeneralPublicBudgetProjectExpenditure)]
    [InlineData("OB1402", TableKind.Expenditure)]
    [InlineData("OB1405", TableKind.GeneralPublicBudgetBasicExpenditure)]
    [InlineData("OB1407", TableKind.PriorYearCarryOver)]
    public void A_table_reprinted_in_yuan_counts_the_same_checks_and_finds_nothing(string ruleId, TableKind reprinted)
    {
        ValidationReport oneUnit = Edits.Validate(Edits.Baseline, Only(ruleId));
        ValidationReport twoUnits = Edits.Validate(Edits.ReplaceTable(Edits.Baseline, reprinted, InYuan), Only(ruleId));
        Assert.Empty(oneUnit.Findings);
        Assert.Empty(twoUnits.Findings);
        Assert.True(oneUnit.Summary.ChecksRun > 0);
        Assert.Equal(oneUnit.Summary.ChecksRun, twoUnits.Summary.ChecksRun);
    }

    [Fact]
    public void Performance_funding_that_adds_up_is_counted_once_per_table()
    {
        BudgetDisclosure baseline = Edits.Baseline;
        int tables = baseline.Performance.Projects.Count + (baseline.Performance.Department is null ? 0 : 1);
        ValidationReport report = Edits.Validate(baseline, Only("OB1501"));
        Assert.Empty(report.Findings);
        Assert.Equal(tables, report.Summary.ChecksRun);
    }

    [Fact]
    public void A_yuan_table_that_differs_by_a_cent_of_ten_thousands_is_still_found()
    {
        // Table 2 reprinted in 元 with one source cell 100 元 (0.01 万元) over: table 1's matching line no longer agrees.
        BudgetDisclosure disclosure = Edits.ReplaceTable(Edits.Baseline, TableKind.Income, InYuan);
        disclosure = Edits.AddToCell(disclosure, TableKind.Income, Edits.Total(), ColumnKeys.GeneralPublicBudget, 100m);
        ValidationReport report = Edits.Validate(disclosure, Only("OB1307"));
        Assert.Contains(report.Findings, f => f.RuleId == "OB1307" && f.Difference == -0.01m && f.Unit == PresentationUnit.TenThousandYuan);
    }

    [Fact]
    public void A_project_allocation_that_adds_up_is_counted_once_in_one_unit_or_two()
    {
        BudgetDisclosure baseline = Edits.Baseline;
        int project = baseline.Explanations.Projects.ToList().FindIndex(p => !p.Size.IsBlank && p.Allocation.Count > 1);
        Assert.True(project >= 0);
        BudgetDisclosure inYuan = Edits.EditProject(baseline, project, p => p with
        {
            Allocation = [p.Allocation[0] with { Amount = Amount.Of(p.Allocation[0].Amount.ValueOrZero * 10_000m), Unit = PresentationUnit.Yuan }, .. p.Allocation.Skip(1)],
        });
        ValidationReport oneUnit = Edits.Validate(baseline, Only("OB1421"));
        ValidationReport twoUnits = Edits.Validate(inYuan, Only("OB1421"));
        Assert.Empty(oneUnit.Findings);
        Assert.Empty(twoUnits.Findings);
        Assert.True(oneUnit.Summary.ChecksRun > 0);
        Assert.Equal(oneUnit.Summary.ChecksRun, twoUnits.Summary.ChecksRun);
    }
}
