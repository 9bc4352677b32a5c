namespace OpenBudget.Api.Contracts;

/// <summary>The total over every cell of an aggregate.</summary>
/// <param name="Amount">The exact sum of every printed amount the cuts keep, in 万元.</param>
/// <param name="Count">How many printed cells were added, blank ones included.</param>
/// <param name="BlankCount">How many of them were blank.</param>
/// <param name="Disclosures">How many disclosures (current revisions) the cells come from.</param>
public sealed record AggregateSummary(decimal Amount, long Count, long BlankCount, int Disclosures);
