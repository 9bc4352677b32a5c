namespace OpenBudget.Export;

/// <summary>A sink for tidy rows in some file format; disposing it finishes the file.</summary>
/// <typeparam name="TRow">The row type, <see cref="TidyAmountRow"/> or <see cref="TidyFindingRow"/>.</typeparam>
public interface ITidyWriter<in TRow> : IAsyncDisposable
{
    /// <summary>Gets how many rows were written so far.</summary>
    long RowsWritten { get; }

    /// <summary>Writes one row; the writer buffers and writes to its stream in blocks.</summary>
    /// <param name="row">The row.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is buffered or written.</returns>
    ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default);
}
