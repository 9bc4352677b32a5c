using System.Collections.Frozen;
using OpenBudget.Collections;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared body of the rules that add up named lines of a table.</summary>
/// <remarks>The line keys the identities name are numbered once; a check finds the first row of each in one pass over the table's rows (per side), as <see cref="TableShape.Line"/> would one by one.</remarks>
internal abstract class LineSumRule : ValidationRule
{
    private readonly LineIdentity[] _identities;
    private readonly IdentitySlots[] _slotsOf;
    private readonly FrozenDictionary<string, int> _slots;
    private readonly int _totalSlot;

    private protected LineSumRule(string id, string titleEn, string titleZh, LineIdentity[] identities)
        : base(id, titleEn, titleZh, RuleCategory.WithinTable, Severity.Error, [.. identities.Select(i => i.Kind).Distinct()], needsAllTables: false)
    {
        _identities = identities;
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        int Slot(string? key) => key is null ? -1 : slots.TryGetValue(key, out int slot) ? slot : slots[key] = slots.Count;
        _slotsOf = [.. identities.Select(i => new IdentitySlots(Slot(i.Parent), Slot(i.Unless), Slot(i.Requires), [.. i.Children.Select(c => Slot(c))]))];
        _totalSlot = slots.TryGetValue(TableShape.TotalLine, out int total) ? total : -1;
        _slots = slots.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal override void Check(ValidationContext context)
    {
        Span<int> buffer = stackalloc int[16];
        Span<int> lines = _slots.Count <= 64 ? stackalloc int[_slots.Count] : new int[_slots.Count];
        int found = -1;
        TableSide? foundSide = null;
        for (int n = 0; n < _identities.Length; n++)
        {
            LineIdentity identity = _identities[n];
            if (!context.TryTable(identity.Kind, out DisclosureTable table, out int tableIndex))
            {
                continue;
            }

            if (found != tableIndex || foundSide != identity.Side)
            {
                FindLines(table, identity.Side, lines);
                (found, foundSide) = (tableIndex, identity.Side);
            }

            IdentitySlots slots = _slotsOf[n];
            int parent = lines[slots.Parent];
            if (parent < 0
                || (slots.Unless >= 0 && lines[slots.Unless] >= 0)
                || (slots.Requires >= 0 && lines[slots.Requires] < 0))
            {
                continue;
            }

            Span<int> children = buffer[..Math.Min(slots.Children.Length, buffer.Length)];
            int count = 0;
            foreach (int slot in slots.Children)
            {
                int row = lines[slot];
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

    /// <summary>Finds the first row of every line key on a side (the side's total row for <see cref="TableShape.TotalLine"/>); -1 for a line the table does not print.</summary>
    private void FindLines(DisclosureTable table, TableSide? side, Span<int> lines)
    {
        lines.Fill(-1);
        EquatableArray<TableRow> rows = table.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            TableRow row = rows[i];
            if (!TableShape.OnSide(row, side))
            {
                continue;
            }

            int slot = -1;
            if (row.Kind == RowKind.Total)
            {
                slot = _totalSlot;
            }
            else if (row.Kind == RowKind.Line && row.Key is { } key && _slots.TryGetValue(key, out int named) && named != _totalSlot)
            {
                slot = named;
            }

            if (slot >= 0 && lines[slot] < 0)
            {
                lines[slot] = i;
            }
        }
    }

    /// <summary>The numbers of the line keys an identity names (-1 for none).</summary>
    private sealed record IdentitySlots(int Parent, int Unless, int Requires, int[] Children);
}
