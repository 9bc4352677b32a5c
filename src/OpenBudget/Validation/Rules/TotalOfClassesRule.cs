using System.Runtime.InteropServices;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1002: the total row (总计 / 支出总计) equals the sum of the classes (类) in every amount column of its side.</summary>
internal sealed class TotalOfClassesRule : ValidationRule
{
    private static readonly TableKind[] Kinds =
    [
        TableKind.IncomeExpenditureSummary,
        TableKind.Income,
        TableKind.Expenditure,
        TableKind.FiscalAppropriationSummary,
        TableKind.GeneralPublicBudgetExpenditure,
        TableKind.GeneralPublicBudgetBasicExpenditure,
        TableKind.GeneralPublicBudgetProjectExpenditure,
        TableKind.GovernmentFundExpenditure,
        TableKind.StateCapitalExpenditure,
    ];

    public TotalOfClassesRule()
        : base("OB1002", "The total row equals the sum of the classes", "总计等于各类之和", RuleCategory.WithinTable, Severity.Error, Kinds, needsAllTables: false)
    {
    }

    internal override void Check(ValidationContext context)
    {
        foreach (TableKind kind in Kinds)
        {
            if (!context.TryTable(kind, out DisclosureTable table, out int tableIndex)
                || (kind == TableKind.GeneralPublicBudgetProjectExpenditure && TableShape.HasUnitRows(table)))
            {
                continue;
            }

            var rows = table.Rows;
            List<int> classes = context.Rows;
            CellGrid? grid = context.Grid(table, tableIndex);
            for (int t = 0; t < rows.Count; t++)
            {
                TableRow total = rows[t];
                if (total.Kind != RowKind.Total)
                {
                    continue;
                }

                classes.Clear();
                for (int r = 0; r < rows.Count; r++)
                {
                    if (rows[r].Kind == RowKind.Class && TableShape.OnSide(rows[r], total.Side) && (total.Side is null || rows[r].Side == total.Side))
                    {
                        classes.Add(r);
                    }
                }

                if (classes.Count == 0)
                {
                    continue;
                }

                for (int c = 0; c < table.Columns.Count; c++)
                {
                    if (!TableShape.OnSide(table.Columns[c], total.Side))
                    {
                        continue;
                    }

                    context.CheckColumnSum(table, tableIndex, grid, t, c, CollectionsMarshal.AsSpan(classes), new Expectation("the sum of the classes (类)", "各类之和"));
                }
            }
        }
    }
}
