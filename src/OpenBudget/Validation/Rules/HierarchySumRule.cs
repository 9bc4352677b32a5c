using System.Runtime.InteropServices;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1001: in every amount column of a code table, a class equals the sum of its sections and a section the sum of its items (类 = Σ款, 款 = Σ项); table 7 per unit block, with projects as items.</summary>
internal sealed class HierarchySumRule : ValidationRule
{
    private static readonly TableKind[] Kinds =
    [
        TableKind.Income,
        TableKind.Expenditure,
        TableKind.GeneralPublicBudgetExpenditure,
        TableKind.GeneralPublicBudgetBasicExpenditure,
        TableKind.GeneralPublicBudgetProjectExpenditure,
        TableKind.GovernmentFundExpenditure,
        TableKind.StateCapitalExpenditure,
    ];

    public HierarchySumRule()
        : base("OB1001", "A class or section equals the sum of its sections or items", "类、款等于所属款、项之和", RuleCategory.WithinTable, Severity.Error, Kinds, needsAllTables: false)
    {
    }

    internal override void Check(ValidationContext context)
    {
        foreach (TableKind kind in Kinds)
        {
            if (context.TryTable(kind, out DisclosureTable table, out int tableIndex))
            {
                CheckTable(context, table, tableIndex);
            }
        }
    }

    private static void CheckTable(ValidationContext context, DisclosureTable table, int tableIndex)
    {
        var rows = table.Rows;
        List<int> children = context.Rows;
        CellGrid? grid = context.Grid(table, tableIndex);
        for (int p = 0; p < rows.Count; p++)
        {
            TableRow parent = rows[p];
            if (parent.Kind == RowKind.Project || !TableShape.TryCode(parent, out int value, out int depth, out bool economic))
            {
                continue;
            }

            children.Clear();
            bool hasPlain = false;
            for (int r = p + 1; r < rows.Count; r++)
            {
                TableRow row = rows[r];
                if (!TableShape.TryCode(row, out int v, out int d, out bool e) || e != economic || !TableShape.IsWithin(v, d, value, depth))
                {
                    break;
                }

                bool projectOfItem = row.Kind == RowKind.Project && d == depth && parent.Kind != RowKind.Project;
                if (d == depth + 1 || projectOfItem)
                {
                    hasPlain |= row.Kind != RowKind.Project;
                    children.Add(r);
                }
                else if (d == depth && row.Kind != RowKind.Project)
                {
                    break;
                }
            }

            if (children.Count == 0)
            {
                continue;
            }

            if (hasPlain)
            {
                // Items printed with their projects below them: the items are the parts, their projects are not counted twice.
                int kept = 0;
                for (int i = 0; i < children.Count; i++)
                {
                    if (rows[children[i]].Kind != RowKind.Project)
                    {
                        children[kept++] = children[i];
                    }
                }

                children.RemoveRange(kept, children.Count - kept);
            }

            ReadOnlySpan<int> parts = CollectionsMarshal.AsSpan(children);
            string en = depth == 0 ? "the sum of its sections (款)" : depth == 1 ? "the sum of its items (项)" : "the sum of its projects";
            string zh = depth == 0 ? "所属款之和" : depth == 1 ? "所属项之和" : "所属项目之和";
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (!TableShape.OnSide(table.Columns[c], parent.Side))
                {
                    continue;
                }

                context.CheckColumnSum(table, tableIndex, grid, p, c, parts, new Expectation(en, zh));
            }
        }
    }
}
