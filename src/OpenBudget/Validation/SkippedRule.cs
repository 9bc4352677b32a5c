namespace OpenBudget.Validation;

/// <summary>A rule that did not run, with the reason (e.g. the tables it compares are missing).</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Reason">Why it did not run.</param>
public sealed record SkippedRule(string RuleId, string Reason);
