namespace OpenBudget.Pdf.Layout;

/// <summary>How words placed on a PDF page are grouped into lines and cells; distances are fractions of the font size (em).</summary>
public sealed record PdfLayoutOptions
{
    /// <summary>Gets the default settings, tuned on published disclosures.</summary>
    public static PdfLayoutOptions Default { get; } = new();

    /// <summary>Gets how far apart two baselines may be, in em of the larger font, for their words to stand on one line (0.5).</summary>
    /// <remarks>Table cells centred vertically and header cells printed in two rows sit a little off the row's baseline; a line pitch is more than 1 em.</remarks>
    public double LineTolerance { get; init; } = 0.5;

    /// <summary>Gets the horizontal gap, in em of the larger font, from which two words on a line stand in different cells (0.9).</summary>
    /// <remarks>A word space is about a quarter of an em; table columns stand at least a character apart.</remarks>
    public double CellGap { get; init; } = 0.9;

    /// <summary>Gets the horizontal gap between two glyphs, in em, from which they belong to two words even without a space glyph between them (0.2).</summary>
    public double WordGap { get; init; } = 0.2;

    /// <summary>Checks that the settings make sense.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is not positive, or the word gap is not below the cell gap.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LineTolerance, nameof(LineTolerance));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(CellGap, nameof(CellGap));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(WordGap, nameof(WordGap));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(WordGap, CellGap, nameof(WordGap));
    }
}
