using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1311: table 12's totals (合计, 财政拨款, 非财政拨款) equal the carry-over in table 1 (上年结转结余) and in table 2's carry-over columns.</summary>
internal sealed class CarryOverAgreesWithSummaryRule : ValidationRule
{
    public CarryOverAgreesWithSummaryRule()
        : base("OB1311", "Table 12's totals equal the carry-over in tables 1 and 2", "表12合计与表1、表2上年结转结余一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.PriorYearCarryOver, TableKind.IncomeExpenditureSummary, TableKind.Income], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        if (!TableShape.Prints(disclosure, TableKind.PriorYearCarryOver))
        {
            return $"needs {Labels.Kind(TableKind.PriorYearCarryOver)}, which the disclosure does not print";
        }

        return !TableShape.Prints(disclosure, TableKind.IncomeExpenditureSummary) && !TableShape.Prints(disclosure, TableKind.Income)
            ? "needs 表1 部门收支总体情况表 or 表2 部门收入总体情况表 to compare with, and the disclosure prints neither"
            : null;
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.PriorYearCarryOver, out DisclosureTable t12, out int i12);
        int total = context.Total(t12, null);
        if (total < 0)
        {
            return;
        }

        TableRow totalRow = t12.Rows[total];
        if (context.TryTable(TableKind.IncomeExpenditureSummary, out DisclosureTable t1, out int i1))
        {
            Compare(context, t12, i12, total, ColumnKeys.Total, t1, i1, RowKeys.CarryOver);
            if (totalRow.HasCell(ColumnKeys.Fiscal))
            {
                Compare(context, t12, i12, total, ColumnKeys.Fiscal, t1, i1, RowKeys.FiscalCarryOver);
            }

            if (totalRow.HasCell(ColumnKeys.NonFiscal))
            {
                Compare(context, t12, i12, total, ColumnKeys.NonFiscal, t1, i1, RowKeys.NonFiscalCarryOver);
            }
        }

        if (context.TryTable(TableKind.Income, out DisclosureTable t2, out int i2) && context.Total(t2, null) is int total2 and >= 0)
        {
            bool fiscal = TableShape.HasColumn(t2, ColumnKeys.FiscalCarryOver);
            bool nonFiscal = TableShape.HasColumn(t2, ColumnKeys.NonFiscalCarryOver);
            if (!fiscal && !nonFiscal)
            {
                return;
            }

            if (fiscal)
            {
                context.Terms.Add(ValidationContext.Cell(t2, i2, total2, ColumnKeys.FiscalCarryOver));
            }

            if (nonFiscal)
            {
                context.Terms.Add(ValidationContext.Cell(t2, i2, total2, ColumnKeys.NonFiscalCarryOver));
            }

            context.CheckSum(TableShape.Main(t12, i12, total), "table 2's carry-over columns in total", "表2结转结余列合计");
            if (fiscal && totalRow.HasCell(ColumnKeys.Fiscal))
            {
                context.CheckEqual(ValidationContext.Cell(t12, i12, total, ColumnKeys.Fiscal), ValidationContext.Cell(t2, i2, total2, ColumnKeys.FiscalCarryOver), "table 2's 财政拨款结转 total", "表2财政拨款结转合计");
            }

            if (nonFiscal && totalRow.HasCell(ColumnKeys.NonFiscal))
            {
                context.CheckEqual(ValidationContext.Cell(t12, i12, total, ColumnKeys.NonFiscal), ValidationContext.Cell(t2, i2, total2, ColumnKeys.NonFiscalCarryOver), "table 2's 非财政拨款结转结余 total", "表2非财政拨款结转结余合计");
            }
        }
    }

    private static void Compare(ValidationContext context, DisclosureTable t12, int i12, int total, string column, DisclosureTable t1, int i1, string line)
    {
        int row = TableShape.Line(t1, line, TableSide.Income);
        if (row >= 0)
        {
            context.CheckEqual(ValidationContext.Cell(t12, i12, total, column), TableShape.Main(t1, i1, row), "the matching carry-over line of table 1", "表1对应结转结余行");
        }
    }
}
