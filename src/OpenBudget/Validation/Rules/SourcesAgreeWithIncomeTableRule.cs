using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1304: table 1's income lines equal the totals of table 2's source columns (一般公共预算拨款 = 一般公共预算 + 上级转移支付, 单位资金, 财政拨款结转 …).</summary>
internal sealed class SourcesAgreeWithIncomeTableRule : ValidationRule
{
    private static readonly (string Line, string[] Columns)[] Map =
    [
        (RowKeys.FiscalAppropriation, [ColumnKeys.Fiscal]),
        (RowKeys.GeneralPublicBudget, [ColumnKeys.GeneralPublicBudget, ColumnKeys.GeneralPublicBudgetTransfer]),
        (RowKeys.GeneralPublicBudgetOwnRevenue, [ColumnKeys.GeneralPublicBudget]),
        (RowKeys.GeneralPublicBudgetTransfer, [ColumnKeys.GeneralPublicBudgetTransfer]),
        (RowKeys.GovernmentFund, [ColumnKeys.GovernmentFund, ColumnKeys.GovernmentFundTransfer]),
        (RowKeys.GovernmentFundOwnRevenue, [ColumnKeys.GovernmentFund]),
        (RowKeys.GovernmentFundTransfer, [ColumnKeys.GovernmentFundTransfer]),
        (RowKeys.StateCapital, [ColumnKeys.StateCapital]),
        (RowKeys.FiscalSpecialAccount, [ColumnKeys.FiscalSpecialAccount]),
        (RowKeys.UnitFunds, [ColumnKeys.UnitFunds]),
        (RowKeys.CarryOver, [ColumnKeys.FiscalCarryOver, ColumnKeys.NonFiscalCarryOver]),
        (RowKeys.FiscalCarryOver, [ColumnKeys.FiscalCarryOver]),
        (RowKeys.NonFiscalCarryOver, [ColumnKeys.NonFiscalCarryOver]),
    ];

    public SourcesAgreeWithIncomeTableRule()
        : base("OB1304", "Table 1's income sources equal table 2's source totals", "表1各项收入与表2各来源合计一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.IncomeExpenditureSummary, TableKind.Income], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.IncomeExpenditureSummary, out DisclosureTable t1, out int i1);
        context.TryTable(TableKind.Income, out DisclosureTable t2, out int i2);
        int total = context.Total(t2, null);
        if (total < 0)
        {
            return;
        }

        foreach ((string line, string[] columns) in Map)
        {
            int row = TableShape.Line(t1, line, TableSide.Income);
            if (row < 0)
            {
                continue;
            }

            bool any = false;
            decimal sum = 0m;
            TableRow totals = t2.Rows[total];
            foreach (string column in columns)
            {
                if (TableShape.HasColumn(t2, column))
                {
                    sum += totals[column].ValueOrZero;
                    any = true;
                }
            }

            if (!any)
            {
                continue;
            }

            FigureRef stated = TableShape.Main(t1, i1, row);
            if (t1.Unit == t2.Unit && context.Holds(stated.Amount.ValueOrZero, sum))
            {
                // Both tables printed in one unit: a sum that holds is counted without building its terms.
                continue;
            }

            foreach (string column in columns)
            {
                if (TableShape.HasColumn(t2, column))
                {
                    context.Terms.Add(ValidationContext.Cell(t2, i2, total, column));
                }
            }

            context.CheckSum(stated, "the total of the matching source columns of table 2", "表2对应来源列合计");
        }
    }
}
