using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared body of the rules that add up columns of a row (合计 = 基本支出 + 项目支出 and the like).</summary>
internal abstract class ColumnSumRule : ValidationRule
{
    private readonly ColumnIdentity[] _identities;
    private readonly string _en;
    private readonly string _zh;

    private protected ColumnSumRule(string id, string titleEn, string titleZh, ColumnIdentity[] identities, string expectationEn, string expectationZh)
        : base(id, titleEn, titleZh, RuleCategory.AcrossColumns, Severity.Error, [.. identities.Select(i => i.Kind).Distinct()], needsAllTables: false)
    {
        _identities = identities;
        _en = expectationEn;
        _zh = expectationZh;
    }

    internal override void Check(ValidationContext context)
    {
        foreach (ColumnIdentity identity in _identities)
        {
            if (context.TryTable(identity.Kind, out DisclosureTable table, out int tableIndex))
            {
                CheckTable(context, identity, table, tableIndex);
            }
        }
    }

    private void CheckTable(ValidationContext context, ColumnIdentity identity, DisclosureTable table, int tableIndex)
    {
        int total = -1;
        Span<int> parts = stackalloc int[Math.Min(identity.Parts.Length, 16)];
        int count = 0;
        for (int c = 0; c < table.Columns.Count; c++)
        {
            TableColumn column = table.Columns[c];
            if (!TableShape.OnSide(column, identity.Side))
            {
                continue;
            }

            if (string.Equals(column.Key, identity.Total, StringComparison.Ordinal))
            {
                total = c;
            }
            else if (count < parts.Length && Array.IndexOf(identity.Parts, column.Key) >= 0)
            {
                parts[count++] = c;
            }
        }

        if (total < 0 || count == 0)
        {
            return;
        }

        var rows = table.Rows;
        CellGrid? grid = context.Grid(table, tableIndex);
        ReadOnlySpan<int> partColumns = parts[..count];
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (!TableShape.OnSide(row, identity.Side) || (identity.Side is not null && row.Side != identity.Side) || !(grid?.Has(r, total) ?? row.HasCell(identity.Total)))
            {
                continue;
            }

            context.CheckRowSum(table, tableIndex, grid, r, total, partColumns, new Expectation(_en, _zh));
        }
    }
}
