using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>An identity between named lines of a table (本年收入 = Σ 来源; 收入总计 = 本年收入 + 上年结转结余), checked in every amount column of the side.</summary>
/// <param name="Kind">The table kind.</param>
/// <param name="Side">The side of a two-sided table, or <see langword="null"/>.</param>
/// <param name="Parent">The line key of the sum, or <see cref="TableShape.TotalLine"/> for the side's total row.</param>
/// <param name="Children">The line keys of the parts.</param>
/// <param name="Unless">A line key whose presence means the table breaks the sum down another way, so this identity does not apply.</param>
/// <param name="Requires">A line key that must be printed for the identity to apply (the way of breaking the sum down it stands for).</param>
internal sealed record LineIdentity(TableKind Kind, TableSide? Side, string Parent, string[] Children, string? Unless = null, string? Requires = null);
