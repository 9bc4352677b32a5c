namespace OpenBudget.Export;

/// <summary>Writes finding rows as CSV (RFC 4180): UTF-8 without BOM, a header row of <see cref="TidyFindingColumns.All"/>, CRLF line ends, decimals in the invariant culture.</summary>
public sealed class CsvFindingsWriter : ITidyWriter<TidyFindingRow>, IDisposable
{
    private readonly Utf8CsvWriter _csv;

    /// <summary>Initializes a new instance of the <see cref="CsvFindingsWriter"/> class and writes the header.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public CsvFindingsWriter(Stream stream, bool leaveOpen = false)
    {
        _csv = new Utf8CsvWriter(stream, leaveOpen);
        _csv.WriteHeader(TidyFindingColumns.All);
    }

    /// <inheritdoc/>
    public long RowsWritten { get; private set; }

    /// <summary>Writes all rows to a stream, with the header, and flushes it.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static long Write(IEnumerable<TidyFindingRow> rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new CsvFindingsWriter(stream, leaveOpen: true);
        foreach (TidyFindingRow row in rows)
        {
            writer.Write(row);
        }

        return writer.RowsWritten;
    }

    /// <summary>Writes one row.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public void Write(TidyFindingRow row)
    {
        Append(row);
        if (_csv.ShouldFlush)
        {
            _csv.Flush();
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(TidyFindingRow row, CancellationToken cancellationToken = default)
    {
        Append(row);
        return _csv.ShouldFlush ? _csv.FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Writes what is buffered to the stream and flushes it.</summary>
    public void Flush() => _csv.Flush();

    /// <summary>Writes what is buffered and, unless asked to leave it open, closes the stream.</summary>
    public void Dispose() => _csv.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private void Append(TidyFindingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _csv.Text(row.DisclosureId);
        _csv.Text(row.Department);
        _csv.Number(row.FiscalYear);
        _csv.Text(row.RuleId);
        _csv.Text(ExportTokens.Of(row.Severity));
        _csv.Text(ExportTokens.Of(row.Verdict));
        _csv.Text(row.Message);
        _csv.Text(row.MessageZh);
        _csv.Text(row.JsonPointer);
        _csv.Text(row.LocationLabel);
        _csv.Text(row.Unit is { } unit ? ExportTokens.Of(unit) : null);
        _csv.Number(row.Stated);
        _csv.Number(row.Expected);
        _csv.Number(row.Difference);
        _csv.Number(row.Tolerance);
        _csv.Text(row.StatedText);
        _csv.Text(row.ExpectedText);
        _csv.Number(row.TermCount);
        _csv.EndRecord();
        RowsWritten++;
    }
}
