namespace OpenBudget.Validation;

/// <summary>One printed figure that took part in an identity.</summary>
/// <param name="Label">What the figure is, e.g. "206 01 01 行政运行".</param>
/// <param name="Value">The figure as printed, in the unit of the finding; <see langword="null"/> when the cell was blank (counted as zero).</param>
/// <param name="JsonPointer">The JSON Pointer of the figure.</param>
public sealed record FindingTerm(string Label, decimal? Value, string JsonPointer);
