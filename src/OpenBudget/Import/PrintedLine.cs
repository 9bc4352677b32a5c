using OpenBudget.Collections;

namespace OpenBudget.Import;

/// <summary>One line of a printed document as a text front end reads it: its number, its page when known, its cells and its raw text.</summary>
/// <remarks>
/// Front ends (<see cref="TabSeparatedTextSource"/>, <see cref="LayoutTextSource"/>, or a PDF or spreadsheet reader) produce
/// printed lines; <see cref="DisclosureImporter"/> reads tables and prose from them without knowing where they came from.
/// </remarks>
public sealed record PrintedLine
{
    private readonly int _filledCellCount;

    /// <summary>Initializes a new instance of the <see cref="PrintedLine"/> class.</summary>
    /// <param name="lineNumber">The 1-based line number in the input.</param>
    /// <param name="page">The 1-based page, when the input marks pages.</param>
    /// <param name="rawText">The line as printed, without its line break and page-break characters.</param>
    /// <param name="cells">The cells in order of position.</param>
    /// <param name="positions">How the cells' positions are measured.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is less than 1, or <paramref name="page"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rawText"/> is <see langword="null"/>.</exception>
    public PrintedLine(int lineNumber, int? page, string rawText, EquatableArray<PrintedCell> cells, CellPositions positions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lineNumber, 1);
        if (page is int p)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(p, 1, nameof(page));
        }

        ArgumentNullException.ThrowIfNull(rawText);
        LineNumber = lineNumber;
        Page = page;
        RawText = rawText;
        Cells = cells;
        Positions = positions;

        // Readers ask these of every line many times: count once (the cells cannot change).
        foreach (PrintedCell cell in cells)
        {
            _filledCellCount += cell.IsEmpty ? 0 : 1;
        }
    }

    /// <summary>Gets the 1-based line number in the input.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based page, when the input marks pages (form feeds, PDF pages).</summary>
    public int? Page { get; }

    /// <summary>Gets the line as printed, without its line break.</summary>
    public string RawText { get; }

    /// <summary>Gets the cells in order of position.</summary>
    public EquatableArray<PrintedCell> Cells { get; }

    /// <summary>Gets how the cells' positions are measured.</summary>
    public CellPositions Positions { get; }

    /// <summary>Gets a value indicating whether the line holds no text at all.</summary>
    public bool IsBlank => _filledCellCount == 0;

    /// <summary>Gets the number of cells that hold text.</summary>
    public int FilledCellCount => _filledCellCount;

    /// <inheritdoc/>
    public override string ToString() => Page is int p ? $"line {LineNumber} (page {p}): {RawText}" : $"line {LineNumber}: {RawText}";
}
