using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>A row identity across columns of one table kind: the total column equals the sum of the part columns the table prints.</summary>
/// <param name="Kind">The table kind.</param>
/// <param name="Side">The side of a two-sided table the identity holds on, or <see langword="null"/>.</param>
/// <param name="Total">The key of the total column.</param>
/// <param name="Parts">The keys of the part columns.</param>
internal sealed record ColumnIdentity(TableKind Kind, TableSide? Side, string Total, string[] Parts);
