namespace OpenBudget.Import;

/// <summary>One cell of a printed line: its text and where it stands across the page.</summary>
/// <remarks>
/// Positions are measured as the line's <see cref="PrintedLine.Positions"/> says: column ordinals for tab-separated or
/// spreadsheet input (a cell at ordinal 3 has <see cref="Start"/> 3 and <see cref="End"/> 4), or character columns for text
/// laid out with spaces, so that a cell can be matched to the header above it by overlap.
/// </remarks>
/// <param name="Text">The cell's text, trimmed; empty for an empty cell of a tab-separated line.</param>
/// <param name="Start">The first column the cell occupies.</param>
/// <param name="End">The column just after the cell (exclusive).</param>
public readonly record struct PrintedCell(string Text, int Start, int End)
{
    /// <summary>Gets a value indicating whether the cell holds no text.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>Gets the middle of the cell, in half columns (<see cref="Start"/> + <see cref="End"/>), so that it stays an integer.</summary>
    public int Center2 => Start + End;

    /// <inheritdoc/>
    public override string ToString() => $"{Text}@{Start}-{End}";
}
