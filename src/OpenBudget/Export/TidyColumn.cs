namespace OpenBudget.Export;

/// <summary>One column of a tidy export: its name in every format, its type and what it means, in English and Chinese.</summary>
/// <param name="Name">The column name, lower snake case, e.g. "amount_wan".</param>
/// <param name="Type">The logical type.</param>
/// <param name="IsNullable">Whether the column may be empty (CSV: an empty field; Parquet: null).</param>
/// <param name="Description">What the column holds, in English.</param>
/// <param name="DescriptionZh">What the column holds, in Chinese.</param>
public sealed record TidyColumn(string Name, TidyColumnType Type, bool IsNullable, string Description, string DescriptionZh)
{
    /// <summary>Gets the total number of digits a <see cref="TidyColumnType.ExactDecimal"/> column holds (Parquet DECIMAL precision).</summary>
    public int? Precision { get; init; }

    /// <summary>Gets the number of decimals a <see cref="TidyColumnType.ExactDecimal"/> column holds (Parquet DECIMAL scale).</summary>
    public int? Scale { get; init; }
}
