namespace OpenBudget.Import;

/// <summary>How the <see cref="PrintedCell.Start"/> and <see cref="PrintedCell.End"/> of a line's cells are measured.</summary>
public enum CellPositions
{
    /// <summary>Column ordinals of a grid (tab-separated text, spreadsheets): empty cells are kept and merged header cells leave empty cells to their right.</summary>
    Ordinal = 0,

    /// <summary>Character columns of text laid out with spaces (pdftotext -layout): cells have no empty neighbours and merged header cells stand centred over their children.</summary>
    Columns = 1,
}
