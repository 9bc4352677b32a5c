namespace OpenBudget.Api.Contracts;

/// <summary>One cell of an aggregate: the values of its drill-down dimensions and the exact total of its amounts.</summary>
/// <param name="Key">Drill-down dimension to value (e.g. "functional.class": "206"); null where the rows have no value (a row without a budget unit).</param>
/// <param name="Amount">The exact sum of the cell's printed amounts in 万元; blank cells add nothing.</param>
/// <param name="Count">How many printed cells were added, blank ones included.</param>
/// <param name="BlankCount">How many of them were blank (nothing printed, not zero).</param>
public sealed record AggregateCell(IReadOnlyDictionary<string, string?> Key, decimal Amount, long Count, long BlankCount);
