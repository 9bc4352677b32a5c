using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>The columns of a table as its header shows them: amount columns with their meaning, label columns, and for a two-sided table where the sides divide.</summary>
internal sealed class TableLayout
{
    internal List<ColumnSlot> Columns { get; } = [];

    internal List<LabelSlot> Labels { get; } = [];

    internal bool TwoSided { get; set; }

    /// <summary>Gets or sets where the expenditure side starts (an ordinal or a column, as the positions are measured), for a two-sided table.</summary>
    internal int Split { get; set; } = int.MaxValue;

    internal CellPositions Positions { get; set; }

    /// <summary>Gets or sets where the first amount column starts: label text stands to its left.</summary>
    internal int AmountZoneStart { get; set; }

    internal TableSide? SideOf(int center2)
        => TwoSided ? (center2 < Split * 2 ? TableSide.Income : TableSide.Expenditure) : null;

    internal IEnumerable<ColumnSlot> ColumnsOf(TableSide? side) => Columns.Where(c => c.Side == side);

    internal bool HasLabel(LabelRole role)
    {
        foreach (LabelSlot label in Labels)
        {
            if (label.Role == role)
            {
                return true;
            }
        }

        return false;
    }
}
