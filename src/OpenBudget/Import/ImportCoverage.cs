using System.Globalization;

namespace OpenBudget.Import;

/// <summary>How many of the input's numbers the import placed in the model: every amount, percentage and quantity is either placed as a value, kept inside a text field, or listed as not placed.</summary>
/// <remarks>Codes, dates, document numbers, list numbering, table numbers and page numbers are not counted as numbers.</remarks>
public sealed record ImportCoverage
{
    /// <summary>Gets the number of numbers found in the input.</summary>
    public int Found { get; init; }

    /// <summary>Gets how many were placed as values (cells, stated figures, weights, quantities).</summary>
    public int PlacedAsValues { get; init; }

    /// <summary>Gets how many were kept only inside text the model holds verbatim (goals, reasons, purposes, notes).</summary>
    public int KeptInText { get; init; }

    /// <summary>Gets the numbers not placed, in input order.</summary>
    public IReadOnlyList<UnplacedNumber> NotPlaced { get; init; } = [];

    /// <summary>Gets the share of numbers placed as values or kept in text, between 0 and 1 (1 when the input has no numbers).</summary>
    public decimal Ratio => Found == 0 ? 1m : (decimal)(PlacedAsValues + KeptInText) / Found;

    /// <summary>Writes the figure in one line, e.g. "coverage: 1,204 numbers, 1,130 placed as values, 70 kept in text, 4 not placed (99.67%)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"coverage: {Found:N0} numbers, {PlacedAsValues:N0} placed as values, {KeptInText:N0} kept in text, {NotPlaced.Count:N0} not placed ({Math.Round(Ratio * 100m, 2, MidpointRounding.AwayFromZero):0.00}%)");
}
