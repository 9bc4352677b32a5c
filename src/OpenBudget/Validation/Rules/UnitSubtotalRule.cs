using System.Runtime.InteropServices;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1003: in per-unit tables (7, 11, 12), a unit's subtotal row equals the sum of its classes, or of its projects where the block has no classes.</summary>
internal sealed class UnitSubtotalRule : ValidationRule
{
    private static readonly TableKind[] Kinds = [TableKind.GeneralPublicBudgetProjectExpenditure, TableKind.CommissionedServices, TableKind.PriorYearCarryOver];

    public UnitSubtotalRule()
        : base("OB1003", "A unit's subtotal equals the sum of its rows", "单位小计等于其所列各行之和", RuleCategory.WithinTable, Severity.Error, Kinds, needsAllTables: false)
    {
    }

    internal override void Check(ValidationContext context)
    {
        foreach (TableKind kind in Kinds)
        {
            if (!context.TryTable(kind, out DisclosureTable table, out int tableIndex))
            {
                continue;
            }

            var rows = table.Rows;
            List<int> members = context.Rows;
            CellGrid? grid = context.Grid(table, tableIndex);
            for (int u = 0; u < rows.Count; u++)
            {
                if (rows[u].Kind != RowKind.Unit)
                {
                    continue;
                }

                int end = u + 1;
                bool hasClasses = false;
                while (end < rows.Count && rows[end].Kind is not (RowKind.Unit or RowKind.Total))
                {
                    hasClasses |= rows[end].Kind == RowKind.Class;
                    end++;
                }

                members.Clear();
                for (int r = u + 1; r < end; r++)
                {
                    if (rows[r].Kind == (hasClasses ? RowKind.Class : RowKind.Project))
                    {
                        members.Add(r);
                    }
                }

                if (members.Count == 0)
                {
                    continue;
                }

                string en = hasClasses ? "the sum of the unit's classes (类)" : "the sum of the unit's projects";
                string zh = hasClasses ? "该单位各类之和" : "该单位各项目之和";
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    context.CheckColumnSum(table, tableIndex, grid, u, c, CollectionsMarshal.AsSpan(members), new Expectation(en, zh));
                }
            }
        }
    }
}
