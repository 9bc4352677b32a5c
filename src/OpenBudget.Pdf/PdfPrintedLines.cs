using System.Collections.Immutable;
using System.Text;
using OpenBudget.Import;
using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf;

/// <summary>Turns the lines and cells read from a PDF into the <see cref="PrintedLine"/>s that <see cref="DisclosureImporter"/> reads, as the text front ends hand them.</summary>
/// <remarks>
/// <para>Positions become character columns (<see cref="CellPositions.Columns"/>): points from the leftmost text of the page,
/// divided by half the document's body font size, so that a CJK character takes two columns and a digit one, as in text
/// laid out for a terminal. Each line's raw text places its cells at those columns.</para>
/// <para>Vertical space becomes blank lines, lines are numbered from 1 across the document, and every line carries its
/// page, so that a diagnostic names the page to open the PDF at.</para>
/// </remarks>
public static class PdfPrintedLines
{
    /// <summary>Converts a PDF's lines and cells.</summary>
    /// <param name="layout">The lines and cells read from the PDF.</param>
    /// <returns>The printed lines, blank lines included, numbered from 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PrintedLine> From(PdfTextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        double body = layout.BodyFontSize;
        double unit = body > 0 ? body / 2 : 6;
        var lines = new List<PrintedLine>(layout.Lines.Count * 5 / 4);
        var raw = new StringBuilder();
        int index = 0;
        while (index < layout.Lines.Count)
        {
            int page = layout.Lines[index].Page;
            int end = index;
            double origin = double.MaxValue;
            while (end < layout.Lines.Count && layout.Lines[end].Page == page)
            {
                PdfLine line = layout.Lines[end++];
                if (line.Cells.Count > 0)
                {
                    origin = Math.Min(origin, line.Cells[0].Left);
                }
            }

            for (int i = index; i < end; i++)
            {
                PdfLine line = layout.Lines[i];
                for (int b = 0; i > index && b < line.BlankLinesBefore; b++)
                {
                    lines.Add(new PrintedLine(lines.Count + 1, page, "", default, CellPositions.Columns));
                }

                lines.Add(ToPrintedLine(lines.Count + 1, line, origin, unit, raw));
            }

            index = end;
        }

        return lines;
    }

    private static PrintedLine ToPrintedLine(int number, PdfLine line, double origin, double unit, StringBuilder raw)
    {
        ImmutableArray<PrintedCell>.Builder cells = ImmutableArray.CreateBuilder<PrintedCell>(line.Cells.Count);
        raw.Clear();
        int width = 0;
        int previousEnd = -1;
        foreach (PdfCell cell in line.Cells)
        {
            int start = Math.Max(Column(cell.Left, origin, unit), previousEnd + 1);
            int end = Math.Max(Column(cell.Right, origin, unit), start + 1);
            cells.Add(new PrintedCell(cell.Text, start, end));
            previousEnd = end;

            int pad = raw.Length == 0 ? start - width : Math.Max(start - width, 2);
            raw.Append(' ', Math.Max(pad, 0)).Append(cell.Text);
            width += Math.Max(pad, 0) + DisplayWidth.Of(cell.Text);
        }

        return new PrintedLine(number, line.Page, raw.ToString(), cells.MoveToImmutable(), CellPositions.Columns);
    }

    private static int Column(double x, double origin, double unit)
        => (int)Math.Round(Math.Max(0, x - origin) / unit, MidpointRounding.AwayFromZero);
}
