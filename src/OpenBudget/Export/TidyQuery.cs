using System.Collections.Immutable;
using OpenBudget.Disclosures;

namespace OpenBudget.Export;

/// <summary>An aggregation of tidy amounts: what to group by and which rows to keep (cuts and filters).</summary>
/// <remarks>
/// Tables print a class, its sections and its items, and a total, so summing every row of a table counts the same money
/// several times. Keep one level with <see cref="RowKind"/> (e.g. the items of table 3) and one column with
/// <see cref="ColumnKey"/> (e.g. "total") to get totals that add up.
/// </remarks>
public sealed record TidyQuery
{
    /// <summary>Gets the dimensions to group by, in the order the group keys list them; empty for one grand total.</summary>
    public ImmutableArray<TidyDimension> GroupBy { get; init; } = [];

    /// <summary>Gets the fiscal year to keep, or <see langword="null"/> for every year.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the region code to keep, or <see langword="null"/> for every region.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Gets the table kind to keep, or <see langword="null"/> for every table.</summary>
    public TableKind? TableKind { get; init; }

    /// <summary>Gets the column key to keep, or <see langword="null"/> for every column.</summary>
    public string? ColumnKey { get; init; }

    /// <summary>Gets the row kind to keep, or <see langword="null"/> for every row.</summary>
    public RowKind? RowKind { get; init; }

    /// <summary>Tells whether a row passes the query's cuts and filters.</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when the row is kept.</returns>
    public bool Keeps(TidyAmountRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (Year is not int year || row.FiscalYear == year)
            && (RegionCode is null || string.Equals(row.RegionCode, RegionCode, StringComparison.Ordinal))
            && (TableKind is not Disclosures.TableKind kind || row.TableKind == kind)
            && (ColumnKey is null || string.Equals(row.ColumnKey, ColumnKey, StringComparison.Ordinal))
            && (RowKind is not Disclosures.RowKind rowKind || row.RowKind == rowKind);
    }
}
