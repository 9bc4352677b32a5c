using System.Runtime.InteropServices;
using OpenBudget.Import.Reading;

namespace OpenBudget.Import;

/// <summary>Reads text whose table cells are separated by tabs, as many PDF extractions write them: every tab starts a cell, empty cells are kept, and positions are column ordinals.</summary>
/// <remarks>A line without tabs is one cell (a title, a heading or a paragraph). Form feeds mark pages.</remarks>
public sealed class TabSeparatedTextSource : IPrintedTextSource
{
    /// <summary>Gets the shared instance.</summary>
    public static TabSeparatedTextSource Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<PrintedLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        List<RawLine> raw = RawLines.Read(reader);
        return Convert(raw);
    }

    /// <summary>Reads a document's lines from its text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API of the front end, beside Read(TextReader).")]
    public IReadOnlyList<PrintedLine> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert(RawLines.Split(text));
    }

    /// <summary>Splits one line into cells.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="page">The page, when known.</param>
    /// <param name="text">The line without its break.</param>
    /// <returns>The printed line.</returns>
    public static PrintedLine ReadLine(int lineNumber, int? page, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || IsWhite(text))
        {
            return new PrintedLine(lineNumber, page, text, default, CellPositions.Ordinal);
        }

        var cells = new PrintedCell[text.AsSpan().Count('\t') + 1];
        int start = 0;
        for (int ordinal = 0; ordinal < cells.Length; ordinal++)
        {
            int tab = text.IndexOf('\t', start);
            int end = tab < 0 ? text.Length : tab;
            ReadOnlySpan<char> trimmed = text.AsSpan(start, end - start).Trim(" \u3000\u00A0");

            // A line that is one cell as it stands (a heading, a paragraph) shares its text with the cell.
            string cell = trimmed.Length == text.Length ? text : trimmed.ToString();
            cells[ordinal] = new PrintedCell(cell, ordinal, ordinal + 1);
            start = tab + 1;
        }

        // The array is not shared: wrap it instead of copying it.
        return new PrintedLine(lineNumber, page, text, ImmutableCollectionsMarshal.AsImmutableArray(cells), CellPositions.Ordinal);
    }

    private static List<PrintedLine> Convert(List<RawLine> raw)
    {
        var lines = new List<PrintedLine>(raw.Count);
        foreach (RawLine line in raw)
        {
            lines.Add(ReadLine(line.Number, line.Page, line.Text));
        }

        return lines;
    }

    private static bool IsWhite(string text)
    {
        foreach (char c in text)
        {
            if (c is not (' ' or '\u3000' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
