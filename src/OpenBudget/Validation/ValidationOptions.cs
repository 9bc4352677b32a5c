namespace OpenBudget.Validation;

/// <summary>How the validator judges a disclosure.</summary>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: rounding-aware, weights adding up to 90.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether every difference is an error, rounding or not.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the total the indicator weights of a performance table should reach (90 by the usual convention, the other 10 points being for the execution rate).</summary>
    public decimal ExpectedIndicatorWeight { get; init; } = 90m;

    /// <summary>Gets the ids of rules not to run.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();
}
