using OpenBudget.Collections;

namespace OpenBudget.Pdf.Layout;

/// <summary>A line of a PDF page as read: its page, its baseline, its font size and its cells from left to right.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="Baseline">The baseline of the line's first word, in points from the bottom of the page.</param>
/// <param name="FontSize">The largest font size on the line, in points.</param>
/// <param name="Cells">The cells from left to right.</param>
/// <param name="BlankLinesBefore">How many empty lines the space above the line is worth (0 to 4), as a text extraction with layout shows them; 0 for a page's first line.</param>
public sealed record PdfLine(int Page, double Baseline, double FontSize, EquatableArray<PdfCell> Cells, int BlankLinesBefore = 0)
{
    /// <summary>Gets the cells' texts joined with two spaces, as a text extraction with layout would show the line.</summary>
    public string Text => string.Join("  ", Cells.Select(c => c.Text));

    /// <inheritdoc/>
    public override string ToString() => $"page {Page}: {Text}";
}
