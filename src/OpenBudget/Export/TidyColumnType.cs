namespace OpenBudget.Export;

/// <summary>The logical type of a tidy export column, mapped to each format's own type (CSV text, Parquet, Table Schema).</summary>
public enum TidyColumnType
{
    /// <summary>Text (UTF-8).</summary>
    Text = 0,

    /// <summary>A 32-bit integer.</summary>
    WholeNumber = 1,

    /// <summary>A boolean, written "true"/"false" in CSV.</summary>
    Boolean = 2,

    /// <summary>An exact decimal with the column's <see cref="TidyColumn.Precision"/> and <see cref="TidyColumn.Scale"/>; never a floating-point number.</summary>
    ExactDecimal = 3,
}
