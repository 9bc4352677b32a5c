using System.Runtime.InteropServices;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1004: in per-unit tables (7, 11, 12), the total row equals the sum of the units' subtotals; without unit rows, tables 11 and 12 total their projects.</summary>
internal sealed class TotalOfUnitsRule : ValidationRule
{
    private static readonly TableKind[] Kinds = [TableKind.GeneralPublicBudgetProjectExpenditure, TableKind.CommissionedServices, TableKind.PriorYearCarryOver];

    public TotalOfUnitsRule()
        : base("OB1004", "The total equals the sum of the units", "总计等于各单位小计之和", RuleCategory.WithinTable, Severity.Error, Kinds, needsAllTables: false)
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

            bool perUnit = TableShape.HasUnitRows(table);
            if (!perUnit && kind == TableKind.GeneralPublicBudgetProjectExpenditure)
            {
                continue;
            }

            RowKind member = perUnit ? RowKind.Unit : RowKind.Project;
            var rows = table.Rows;
            int total = context.Total(table, null);
            if (total < 0)
            {
                continue;
            }

            List<int> members = context.Rows;
            members.Clear();
            for (int r = 0; r < rows.Count; r++)
            {
                if (rows[r].Kind == member)
                {
                    members.Add(r);
                }
            }

            if (members.Count == 0)
            {
                continue;
            }

            CellGrid? grid = context.Grid(table, tableIndex);
            string en = perUnit ? "the sum of the units' subtotals" : "the sum of the projects";
            string zh = perUnit ? "各单位小计之和" : "各项目之和";
            for (int c = 0; c < table.Columns.Count; c++)
            {
                context.CheckColumnSum(table, tableIndex, grid, total, c, CollectionsMarshal.AsSpan(members), new Expectation(en, zh));
            }
        }
    }
}
