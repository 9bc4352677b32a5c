using OpenBudget.Money;

namespace OpenBudget.Export;

/// <summary>Writes tidy amount rows as CSV (RFC 4180): UTF-8 without BOM, a header row of <see cref="TidyAmountColumns.All"/>, CRLF line ends, decimals in the invariant culture with their printed scale.</summary>
/// <remarks>
/// Rows stream through a 64 KiB buffer, so any number of rows is written in constant memory. An empty field is a missing
/// value (a blank cell's amount, a row without a code); <c>""</c> is empty text. DuckDB reads the file with
/// <c>read_csv('amounts.csv')</c>, pandas with <c>pd.read_csv(..., dtype=str)</c>.
/// </remarks>
public sealed class CsvTidyWriter : ITidyWriter<TidyAmountRow>, IDisposable
{
    private readonly Utf8CsvWriter _csv;

    /// <summary>Initializes a new instance of the <see cref="CsvTidyWriter"/> class and writes the header.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public CsvTidyWriter(Stream stream, bool leaveOpen = false)
    {
        _csv = new Utf8CsvWriter(stream, leaveOpen);
        _csv.WriteHeader(TidyAmountColumns.All);
    }

    /// <inheritdoc/>
    public long RowsWritten { get; private set; }

    /// <summary>Writes all rows to a stream, with the header, and flushes it.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static long Write(IEnumerable<TidyAmountRow> rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new CsvTidyWriter(stream, leaveOpen: true);
        foreach (TidyAmountRow row in rows)
        {
            writer.Write(row);
        }

        return writer.RowsWritten;
    }

    /// <summary>Writes all rows to a stream asynchronously, with the header, and flushes it.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task<long> WriteAsync(IEnumerable<TidyAmountRow> rows, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new CsvTidyWriter(stream, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyAmountRow row in rows)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }

            return writer.RowsWritten;
        }
    }

    /// <summary>Writes one row.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public void Write(TidyAmountRow row)
    {
        Append(row);
        if (_csv.ShouldFlush)
        {
            _csv.Flush();
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(TidyAmountRow row, CancellationToken cancellationToken = default)
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

    private void Append(TidyAmountRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Amount amount = row.Amount;
        _csv.Text(row.DisclosureId);
        _csv.Text(row.RegionCode);
        _csv.Text(row.RegionName);
        _csv.Text(row.Department);
        _csv.Number(row.FiscalYear);
        _csv.Text(ExportTokens.Of(row.Phase));
        _csv.Text(row.BudgetUnit);
        _csv.Number(row.TableIndex);
        _csv.Text(ExportTokens.Of(row.TableKind));
        _csv.Text(row.TableNumber);
        _csv.Text(row.TableTitle);
        _csv.Text(row.Side is { } side ? ExportTokens.Of(side) : null);
        _csv.Number(row.RowIndex);
        _csv.Text(ExportTokens.Of(row.RowKind));
        _csv.Text(row.RowKey);
        _csv.Text(row.RowName);
        _csv.Text(row.ProjectName);
        _csv.Text(row.Functional?.ToString());
        _csv.Text(row.FunctionalClass);
        _csv.Text(row.FunctionalSection);
        _csv.Text(row.FunctionalItem);
        _csv.Text(row.Economic?.ToString());
        _csv.Text(row.EconomicClass);
        _csv.Text(row.EconomicSection);
        _csv.Text(row.ColumnKey);
        _csv.Text(row.ColumnLabel);
        _csv.Number(amount.ToNullable());
        _csv.Number(amount.HasValue ? amount.Scale : null);
        _csv.Text(ExportTokens.Of(row.Unit));
        _csv.Number(row.AmountWan);
        _csv.Boolean(amount.IsBlank);
        _csv.Text(row.JsonPointer);
        _csv.EndRecord();
        RowsWritten++;
    }
}
