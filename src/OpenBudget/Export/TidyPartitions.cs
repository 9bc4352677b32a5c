using System.Globalization;

namespace OpenBudget.Export;

/// <summary>The Hive-style layout of partitioned exports (<c>year=2026/part-0000.csv</c>) and writers that follow it.</summary>
public static class TidyPartitions
{
    /// <summary>The default number of rows a part file holds before the next part begins.</summary>
    public const long DefaultMaxRowsPerFile = 1_000_000;

    /// <summary>Gets the path of a part relative to the partitioned directory: "year=2026/part-0000.csv".</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="part">The part's number, from 0.</param>
    /// <param name="extension">The file extension without the dot.</param>
    /// <returns>The relative path, with '/' separators.</returns>
    public static string PartPath(int year, int part, string extension)
        => string.Create(CultureInfo.InvariantCulture, $"year={year}/part-{part:D4}.{extension}");

    /// <summary>Creates a writer of amount rows partitioned by fiscal year.</summary>
    /// <param name="directory">The directory the partitions go under.</param>
    /// <param name="extension">The file extension without the dot.</param>
    /// <param name="open">Opens a writer of the format on a new file's stream.</param>
    /// <param name="maxRowsPerFile">How many rows a file holds before the next part begins.</param>
    /// <returns>The writer; dispose it to finish the files.</returns>
    public static PartitionedTidyWriter<TidyAmountRow> ForAmounts(string directory, string extension, Func<Stream, ITidyWriter<TidyAmountRow>> open, long maxRowsPerFile = DefaultMaxRowsPerFile)
        => new(directory, extension, static row => row.FiscalYear, open, maxRowsPerFile);

    /// <summary>Creates a writer of finding rows partitioned by fiscal year.</summary>
    /// <param name="directory">The directory the partitions go under.</param>
    /// <param name="extension">The file extension without the dot.</param>
    /// <param name="open">Opens a writer of the format on a new file's stream.</param>
    /// <param name="maxRowsPerFile">How many rows a file holds before the next part begins.</param>
    /// <returns>The writer; dispose it to finish the files.</returns>
    public static PartitionedTidyWriter<TidyFindingRow> ForFindings(string directory, string extension, Func<Stream, ITidyWriter<TidyFindingRow>> open, long maxRowsPerFile = DefaultMaxRowsPerFile)
        => new(directory, extension, static row => row.FiscalYear, open, maxRowsPerFile);

    /// <summary>Writes amount rows as CSV partitioned by fiscal year: <c>year=2026/part-0000.csv</c>, each part with its header.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="directory">The directory the partitions go under; it must not already hold parts of the same names.</param>
    /// <param name="maxRowsPerFile">How many rows a file holds before the next part begins.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The files written, relative to <paramref name="directory"/>.</returns>
    public static async Task<IReadOnlyList<string>> WriteCsvAsync(IEnumerable<TidyAmountRow> rows, string directory, long maxRowsPerFile = DefaultMaxRowsPerFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        PartitionedTidyWriter<TidyAmountRow> writer = ForAmounts(directory, "csv", static stream => new CsvTidyWriter(stream), maxRowsPerFile);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyAmountRow row in rows)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
        }

        return writer.Files;
    }
}
