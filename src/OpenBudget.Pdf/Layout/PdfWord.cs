namespace OpenBudget.Pdf.Layout;

/// <summary>A word as placed on a PDF page: its text, its box and its baseline, in points from the page's lower left corner.</summary>
/// <param name="Text">The text, without spaces.</param>
/// <param name="Left">The left edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Baseline">The baseline the glyphs stand on.</param>
/// <param name="FontSize">The font size in points.</param>
public readonly record struct PdfWord(string Text, double Left, double Right, double Baseline, double FontSize)
{
    /// <summary>Gets the width of the word.</summary>
    public double Width => Right - Left;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Text}@{Left:0.#}-{Right:0.#}/{Baseline:0.#}");
}
