using Parquet;

namespace OpenBudget.Parquet;

/// <summary>How Parquet exports are laid out: rows per row group and compression.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>The default number of rows per row group: 131,072, about what DuckDB and Spark write.</summary>
    public const int DefaultRowGroupSize = 131_072;

    /// <summary>Gets the number of rows a row group holds; the writer keeps one group in memory, so this bounds its memory.</summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>Gets the compression of column chunks; Snappy by default, which every reader supports.</summary>
    public CompressionMethod Compression { get; init; } = CompressionMethod.Snappy;
}
