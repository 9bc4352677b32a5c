namespace OpenBudget.Validation;

/// <summary>How many findings have each verdict and each severity.</summary>
public sealed record VerdictCounts
{
    /// <summary>Gets the number of rounding findings.</summary>
    public int Rounding { get; init; }

    /// <summary>Gets the number of error findings.</summary>
    public int Error { get; init; }

    /// <summary>Gets the number of mismatch findings (names and codes).</summary>
    public int Mismatch { get; init; }

    /// <summary>Gets the number of findings of severity error.</summary>
    public int SeverityError { get; init; }

    /// <summary>Gets the number of findings of severity warning.</summary>
    public int SeverityWarning { get; init; }

    /// <summary>Gets the number of findings of severity info.</summary>
    public int SeverityInfo { get; init; }
}
