using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>One place where a disclosure disagrees with itself, with what was stated, what was expected and whether rounding explains it.</summary>
public sealed record Finding
{
    /// <summary>Gets the id of the rule that found it, e.g. "OB1001".</summary>
    public string RuleId { get; init; } = "";

    /// <summary>Gets how much it matters.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets whether rounding explains the difference.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>Gets the message in English.</summary>
    public string Message { get; init; } = "";

    /// <summary>Gets the message in Chinese.</summary>
    public string MessageZh { get; init; } = "";

    /// <summary>Gets where the finding points.</summary>
    public FindingLocation Location { get; init; } = new("", "");

    /// <summary>Gets the unit the figures are in.</summary>
    public PresentationUnit? Unit { get; init; }

    /// <summary>Gets the figure as printed (the total, the share, the stated size).</summary>
    public decimal? Stated { get; init; }

    /// <summary>Gets the figure the identity expects (the sum of the terms, the recomputed share).</summary>
    public decimal? Expected { get; init; }

    /// <summary>Gets stated minus expected.</summary>
    public decimal? Difference { get; init; }

    /// <summary>Gets the largest difference independent rounding of the printed figures explains.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Gets the printed text that was compared, for name and code findings.</summary>
    public string? StatedText { get; init; }

    /// <summary>Gets the text the rule expected, for name and code findings.</summary>
    public string? ExpectedText { get; init; }

    /// <summary>Gets the figures that were summed or compared.</summary>
    public EquatableArray<FindingTerm> Terms { get; init; }
}
