namespace OpenBudget.Api.Contracts;

/// <summary>The coverage figure of an import: every amount, percentage and quantity of the input is placed as a value, kept in text, or listed as not placed.</summary>
/// <param name="Found">The numbers found in the input.</param>
/// <param name="PlacedAsValues">How many were placed as values (cells, stated figures, weights, quantities).</param>
/// <param name="KeptInText">How many were kept only inside text the disclosure holds verbatim.</param>
/// <param name="Ratio">The share placed or kept, between 0 and 1, exact to the digits of the division.</param>
/// <param name="Text">The figure in one line, e.g. "coverage: 1,204 numbers, 1,130 placed as values, 70 kept in text, 4 not placed (99.67%)".</param>
/// <param name="NotPlaced">The numbers not placed, each with its line and, for a PDF, its page.</param>
public sealed record ImportCoverageSummary(int Found, int PlacedAsValues, int KeptInText, decimal Ratio, string Text, UnplacedNumberEntry[] NotPlaced);
