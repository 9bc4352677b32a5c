using System.Text.Json.Serialization;
using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A standard disclosure table (部门预算公开表), modelled by kind, with its printed number and title kept as metadata.</summary>
public sealed record DisclosureTable
{
    /// <summary>Gets the kind of table.</summary>
    [JsonRequired]
    public TableKind Kind { get; init; }

    /// <summary>Gets the number the table is printed under, e.g. "表1" or "5"; <see langword="null"/> when unnumbered.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the title as printed, e.g. "部门收支总体情况表".</summary>
    [JsonRequired]
    public string Title { get; init; } = "";

    /// <summary>Gets the department named as preparer (编制部门), when printed.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>Gets the unit the table's amounts are printed in (单位).</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the amount columns in printed order.</summary>
    [JsonRequired]
    public EquatableArray<TableColumn> Columns { get; init; }

    /// <summary>Gets the rows in printed order, continued pages joined.</summary>
    [JsonRequired]
    public EquatableArray<TableRow> Rows { get; init; }

    /// <summary>Gets the notes printed with the table, e.g. the statement that the table is empty.</summary>
    public EquatableArray<string> Notes { get; init; }

    /// <summary>Gets a value indicating whether no cell of the table holds an amount.</summary>
    [JsonIgnore]
    public bool IsEmpty => Rows.All(r => r.Cells.All(c => c.Amount.IsBlank));

    /// <summary>Finds a column by key.</summary>
    /// <param name="key">The column key.</param>
    /// <returns>The column, or <see langword="null"/>.</returns>
    public TableColumn? Column(string key) => Columns.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>Finds the first row with a given line key.</summary>
    /// <param name="key">The row key.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public TableRow? Row(string key) => Rows.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));
}
