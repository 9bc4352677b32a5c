using System.Collections.Immutable;

namespace OpenBudget.Export;

/// <summary>One group of an aggregation: its key, the exact total in 万元 and how many cells it counted.</summary>
/// <param name="Key">The group's value for each dimension of the query, in order; <see langword="null"/> where rows have none (a class row has no section).</param>
/// <param name="TotalWan">The exact sum of the group's amounts in 万元; blank cells add nothing.</param>
/// <param name="Cells">How many cells the group holds, blank ones included.</param>
/// <param name="BlankCells">How many of them were blank.</param>
public sealed record TidyAggregate(ImmutableArray<string?> Key, decimal TotalWan, long Cells, long BlankCells)
{
    /// <summary>Gets how many cells held an amount.</summary>
    public long AmountCells => Cells - BlankCells;
}
