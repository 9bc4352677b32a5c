using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>One printed amount of a row: the column it stands in and the amount, blank when nothing was printed.</summary>
/// <param name="Column">The key of the column (see <see cref="TableColumn.Key"/>).</param>
/// <param name="Amount">The amount as printed, in the table's unit; <see cref="Amount.Blank"/> for an empty cell.</param>
public readonly record struct TableCell(string Column, Amount Amount);
