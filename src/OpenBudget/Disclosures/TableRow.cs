using System.Text.Json.Serialization;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A row of a disclosure table, with its codes, names and one cell per amount column.</summary>
public sealed record TableRow
{
    /// <summary>Gets what the row stands for.</summary>
    [JsonRequired]
    public RowKind Kind { get; init; }

    /// <summary>Gets the half of a two-sided table the row belongs to; <see langword="null"/> for one-sided tables.</summary>
    public TableSide? Side { get; init; }

    /// <summary>Gets the meaning of a <see cref="RowKind.Line"/> row from the <see cref="RowKeys"/> vocabulary, e.g. "income.generalPublicBudget".</summary>
    public string? Key { get; init; }

    /// <summary>Gets the functional code (支出功能分类科目) of the row, when it has one.</summary>
    public FunctionalCode? Functional { get; init; }

    /// <summary>Gets the economic code (支出经济分类科目) of the row, when it has one.</summary>
    public EconomicCode? Economic { get; init; }

    /// <summary>Gets the name as printed (科目名称 or 项目), without the code.</summary>
    [JsonRequired]
    public string Name { get; init; } = "";

    /// <summary>Gets the budget unit whose block the row belongs to, in per-unit tables.</summary>
    public string? BudgetUnit { get; init; }

    /// <summary>Gets the project name (项目名称), for project rows.</summary>
    public string? Project { get; init; }

    /// <summary>Gets the row's cells in column order; a column missing here does not apply to the row (the other side of a two-sided table).</summary>
    [JsonRequired]
    public EquatableArray<TableCell> Cells { get; init; }

    /// <summary>Gets the amount in a column, or <see cref="Amount.Blank"/> when the row has no such cell or the cell is empty.</summary>
    /// <param name="column">The column key.</param>
    /// <returns>The amount.</returns>
    public Amount this[string column]
    {
        get
        {
            foreach (TableCell cell in Cells)
            {
                if (string.Equals(cell.Column, column, StringComparison.Ordinal))
                {
                    return cell.Amount;
                }
            }

            return Amount.Blank;
        }
    }

    /// <summary>Tells whether the row has a cell in a column (blank or not).</summary>
    /// <param name="column">The column key.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool HasCell(string column)
    {
        foreach (TableCell cell in Cells)
        {
            if (string.Equals(cell.Column, column, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
