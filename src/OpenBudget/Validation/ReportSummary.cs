using OpenBudget.Collections;

namespace OpenBudget.Validation;

/// <summary>The head of a validation report: whether the disclosure is free of errors, the counts, and which rules ran.</summary>
public sealed record ReportSummary
{
    /// <summary>Gets a value indicating whether no finding has the verdict <see cref="Verdict.Error"/>.</summary>
    public bool Valid { get; init; }

    /// <summary>Gets the number of findings (all of them are listed; nothing is capped).</summary>
    public int Findings { get; init; }

    /// <summary>Gets the counts by verdict and severity.</summary>
    public VerdictCounts Counts { get; init; } = new();

    /// <summary>Gets the number of identities checked (held or not).</summary>
    public int ChecksRun { get; init; }

    /// <summary>Gets the ids of the rules that ran.</summary>
    public EquatableArray<string> RulesRun { get; init; }

    /// <summary>Gets the rules that did not run and why.</summary>
    public EquatableArray<SkippedRule> RulesSkipped { get; init; }

    /// <summary>Gets a value indicating whether every difference was treated as an error (strict mode).</summary>
    public bool Strict { get; init; }
}
