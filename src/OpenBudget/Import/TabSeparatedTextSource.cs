using System.Collections.Immutable;
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
    public IReadOnlyList<PrintedLine> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new StringReader(text));
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

        ImmutableArray<PrintedCell>.Builder cells = ImmutableArray.CreateBuilder<PrintedCell>();
        int start = 0;
        int ordinal = 0;
        while (true)
        {
            int tab = text.IndexOf('\t', start);
            int end = tab < 0 ? text.Length : tab;
            string cell = text.AsSpan(start, end - start).Trim(" \u3000\u00A0").ToString();
            cells.Add(new PrintedCell(cell, ordinal, ordinal + 1));
            ordinal++;
            if (tab < 0)
            {
                break;
            }

            start = tab + 1;
        }

        return new PrintedLine(lineNumber, page, text, cells.ToImmutable(), CellPositions.Ordinal);
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
