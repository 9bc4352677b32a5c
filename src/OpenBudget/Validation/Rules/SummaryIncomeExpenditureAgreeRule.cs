using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1303: tables 1, 2 and 3 agree: the same total, the same amount per class, and tables 2 and 3 the same amount per section and item.</summary>
internal sealed class SummaryIncomeExpenditureAgreeRule : ValidationRule
{
    public SummaryIncomeExpenditureAgreeRule()
        : base("OB1303", "Tables 1, 2 and 3 agree in total and per code", "表1、表2、表3总计及各科目一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.IncomeExpenditureSummary, TableKind.Income, TableKind.Expenditure], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        int present = (!TableShape.Prints(disclosure, TableKind.IncomeExpenditureSummary) ? 0 : 1) + (!TableShape.Prints(disclosure, TableKind.Income) ? 0 : 1) + (!TableShape.Prints(disclosure, TableKind.Expenditure) ? 0 : 1);
        return present >= 2 ? null : "needs at least two of 表1 部门收支总体情况表, 表2 部门收入总体情况表 and 表3 部门支出总体情况表, and the disclosure prints fewer";
    }

    internal override void Check(ValidationContext context)
    {
        bool has1 = context.TryTable(TableKind.IncomeExpenditureSummary, out DisclosureTable t1, out int i1);
        bool has2 = context.TryTable(TableKind.Income, out DisclosureTable t2, out int i2);
        bool has3 = context.TryTable(TableKind.Expenditure, out DisclosureTable t3, out int i3);
        if (has2)
        {
            Compare(context, t2, i2, has1 ? t1 : null, i1, null, 0);
        }

        if (has3)
        {
            Compare(context, t3, i3, has1 ? t1 : null, i1, has2 ? t2 : null, i2);
        }

        if (has1 && (has2 || has3))
        {
            // Classes table 1 prints with an amount that the code tables leave out.
            DisclosureTable other = has2 ? t2 : t3;
            var rows = t1.Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                TableRow row = rows[r];
                if (row.Kind == RowKind.Class && row.Side != TableSide.Income && row.Functional is { } code
                    && TableShape.Main(t1, i1, r).Amount.ValueOrZero != 0m && TableShape.CodeRow(other, code) < 0)
                {
                    context.Terms.Clear();
                    context.CheckSum(TableShape.Main(t1, i1, r), new Expectation("the amount of this class in {0}, which prints no such row", "{0}中该类金额（未列示该类）", other));
                }
            }
        }
    }

    private static void Compare(ValidationContext context, DisclosureTable table, int tableIndex, DisclosureTable? t1, int i1, DisclosureTable? t2, int i2)
    {
        var rows = table.Rows;
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (row.Kind == RowKind.Total)
            {
                if (t2 is not null && context.Total(t2, null) is int total2 and >= 0)
                {
                    if (!TableShape.MainsHold(context, table, r, t2, total2))
                    {
                        context.CheckEqual(TableShape.Main(table, tableIndex, r), TableShape.Main(t2, i2, total2), "the total of table 2", "表2总计");
                    }
                }
                else if (t1 is not null && context.Total(t1, TableSide.Expenditure) is int total1 and >= 0)
                {
                    if (!TableShape.MainsHold(context, table, r, t1, total1))
                    {
                        context.CheckEqual(TableShape.Main(table, tableIndex, r), TableShape.Main(t1, i1, total1), "the expenditure total of table 1", "表1支出总计");
                    }
                }

                continue;
            }

            if (row.Functional is not { } code || row.Kind == RowKind.Project)
            {
                continue;
            }

            if (t2 is not null)
            {
                int match = TableShape.CodeRow(t2, code);
                if (match >= 0)
                {
                    if (!TableShape.MainsHold(context, table, r, t2, match))
                    {
                        context.CheckEqual(TableShape.Main(table, tableIndex, r), TableShape.Main(t2, i2, match), "the amount of the same code in table 2", "表2同一科目金额");
                    }

                    continue;
                }
            }

            FigureRef stated = TableShape.Main(table, tableIndex, r);
            if (t1 is not null && code.Depth == 0)
            {
                int match = TableShape.CodeRow(t1, code, TableSide.Expenditure);
                context.Terms.Clear();
                if (match >= 0)
                {
                    context.Terms.Add(TableShape.Main(t1, i1, match));
                }

                context.CheckSum(stated, "the amount of the same class in table 1", "表1同一类金额");
                continue;
            }

            if (t2 is not null)
            {
                context.Terms.Clear();
                context.CheckSum(stated, "the amount of this code in table 2, which prints no such row", "表2中该科目金额（未列示该科目）");
            }
        }
    }
}
