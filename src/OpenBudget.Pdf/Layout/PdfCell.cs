namespace OpenBudget.Pdf.Layout;

/// <summary>A cell of a PDF line: words close enough to read as one piece of text, with where it starts and ends across the page in points.</summary>
/// <param name="Text">The words joined with single spaces (none where the PDF placed glyphs of one run apart).</param>
/// <param name="Left">The left edge of the first word.</param>
/// <param name="Right">The right edge of the last word.</param>
public readonly record struct PdfCell(string Text, double Left, double Right)
{
    /// <summary>Gets the middle of the cell.</summary>
    public double Center => (Left + Right) / 2;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Text}@{Left:0.#}-{Right:0.#}");
}
