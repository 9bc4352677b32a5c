using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared body of the rules that add up named lines of a table.</summary>
internal abstract class LineSumRule : ValidationRule
{
    private readonly LineIdentity[] _identities;

    private protected LineSumRule(string id, string titleEn, string titleZh, LineIdentity[] identities)
        : base(id, titleEn, titleZh, RuleCategory.WithinTable, Severity.Error, [.. identities.Select(i => i.Kind).Distinct()], needsAllTables: false)
    {
        _identities = identities;
    }

    internal override void Check(ValidationContext context)
    {
        Span<int> buffer = stackalloc int[16];
        foreach (LineIdentity identity in _identities)
        {
            if (!context.TryTable(identity.Kind, out DisclosureTable table, out int tableIndex))
            {
                continue;
            }

            int parent = TableShape.Line(table, identity.Parent, identity.Side);
            if (parent < 0
                || (identity.Unless is { } unless && TableShape.Line(table, unless, identity.Side) >= 0)
                || (identity.Requires is { } requires && TableShape.Line(table, requires, identity.Side) < 0))
            {
                continue;
            }

            Span<int> children = buffer[..Math.Min(identity.Children.Length, buffer.Length)];
            int count = 0;
            foreach (string key in identity.Children)
            {
                int row = TableShape.Line(table, key, identity.Side);
                if (row >= 0 && count < children.Length)
                {
                    children[count++] = row;
                }
            }

            if (count == 0)
            {
                continue;
            }

            TableRow parentRow = table.Rows[parent];
            CellGrid? grid = context.Grid(table, tableIndex);
            ReadOnlySpan<int> parts = children[..count];
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (!TableShape.OnSide(table.Columns[c], identity.Side) || !(grid?.Has(parent, c) ?? parentRow.HasCell(table.Columns[c].Key)))
                {
                    continue;
                }

                context.CheckColumnSum(table, tableIndex, grid, parent, c, parts, new Expectation("the sum of the lines it consists of", "所含各行之和"));
            }
        }
    }
}
