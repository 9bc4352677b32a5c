using OpenBudget.Collections;

namespace OpenBudget.Pdf.Layout;

/// <summary>The text of a whole PDF as lines and cells with their positions, page by page, in reading order.</summary>
/// <param name="PageCount">The number of pages.</param>
/// <param name="Lines">The lines, page by page from top to bottom.</param>
public sealed record PdfTextLayout(int PageCount, EquatableArray<PdfLine> Lines)
{
    /// <summary>Gets the font size most of the document's lines are printed in, in points; 0 when there is no text.</summary>
    /// <remarks>Positions are turned into character columns with half of it, so that a CJK character takes two columns as in a text laid out for a terminal.</remarks>
    public double BodyFontSize
    {
        get
        {
            var counts = new Dictionary<double, int>();
            foreach (PdfLine line in Lines)
            {
                double size = Math.Round(line.FontSize * 2, MidpointRounding.AwayFromZero) / 2;
                counts[size] = counts.GetValueOrDefault(size) + line.Cells.Count;
            }

            return counts.Count == 0 ? 0 : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
        }
    }
}
