using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>OB1305 compares table 4's classes with the fund tables; a class a fund table does not print is compared with nothing.</summary>
public class FundTablesTests
{
    private static readonly Dictionary<string, TableKind> FundTableOf = new()
    {
        [ColumnKeys.GeneralPublicBudget] = TableKind.GeneralPublicBudgetExpenditure,
        [ColumnKeys.GovernmentFund] = TableKind.GovernmentFundExpenditure,
        [ColumnKeys.StateCapital] = TableKind.StateCapitalExpenditure,
    };

    private static readonly ValidationOptions OnlyFundTables = new()
    {
        DisabledRules = DisclosureValidator.Rules.Select(r => r.Id).Where(id => id != "OB1305").ToHashSet(),
    };

    /// <summary>Adds to table 4's expenditure side a class no fund table prints, with the given amount in every fund column.</summary>
    private static (BudgetDisclosure Disclosure, int FundColumns) WithUnprintedClass(decimal? amount)
    {
        BudgetDisclosure baseline = Edits.Baseline;
        FunctionalCode code = new[] { "232", "233", "229", "227" }.Select(FunctionalCode.Parse)
            .First(c => FundTableOf.Values.All(kind => baseline.Tables.Where(t => t.Kind == kind).All(t => TableShape.CodeRow(t, c) < 0)));
        DisclosureTable t4 = baseline.Tables[Edits.TableIndex(baseline, TableKind.FiscalAppropriationSummary)];
        string[] fundColumns = [.. t4.Columns.Select(c => c.Key).Where(FundTableOf.ContainsKey)];
        var row = new TableRow
        {
            Kind = RowKind.Class,
            Side = TableSide.Expenditure,
            Functional = code,
            Name = "新增类",
            Cells = [.. fundColumns.Select(c => new TableCell(c, Amount.FromNullable(amount)))],
        };
        int compared = fundColumns.Count(c => baseline.Tables.Any(t => t.Kind == FundTableOf[c]));
        return (Edits.ReplaceTable(baseline, TableKind.FiscalAppropriationSummary, t => t with { Rows = [.. t.Rows, row] }), compared);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.00)]
    public void A_blank_or_zero_class_no_fund_table_prints_is_a_check_that_holds(double? printed)
    {
        int before = Edits.Validate(Edits.Baseline, OnlyFundTables).Summary.ChecksRun;
        (BudgetDisclosure disclosure, int fundColumns) = WithUnprintedClass((decimal?)printed);
        ValidationReport report = Edits.Validate(disclosure, OnlyFundTables);
        Assert.Empty(report.Findings);
        Assert.True(fundColumns > 0);
        Assert.Equal(before + fundColumns, report.Summary.ChecksRun);
    }

    [Fact]
    public void An_amount_for_a_class_no_fund_table_prints_is_an_error_in_each_fund_column()
    {
        (BudgetDisclosure disclosure, int fundColumns) = WithUnprintedClass(1.00m);
        ValidationReport report = Edits.Validate(disclosure, OnlyFundTables);
        Assert.Equal(fundColumns, report.Findings.Count(f => f.Verdict == Verdict.Error && f.Stated == 1.00m && f.Expected == 0m));
    }
}
