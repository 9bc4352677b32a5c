using OpenBudget.Export;
using static OpenBudget.Parquet.ParquetColumnBuffer;

namespace OpenBudget.Parquet;

/// <summary>Writes finding rows to Apache Parquet, one column per <see cref="TidyFindingColumns.All"/>, figures as DECIMAL(38,18).</summary>
public sealed class ParquetFindingsWriter : ITidyWriter<TidyFindingRow>
{
    /// <summary>The id of the schema the file follows, written in its metadata.</summary>
    public const string SchemaId = "https://openbudget.example.org/schemas/tidy-findings.v1";

    private readonly ParquetTableWriter _table;
    private readonly TextBuffer[] _text;
    private readonly DecimalBuffer[] _figures;
    private readonly IntBuffer _fiscalYear;
    private readonly IntBuffer _termCount;

    /// <summary>Initializes a new instance of the <see cref="ParquetFindingsWriter"/> class; the file is begun on the first row group.</summary>
    /// <param name="stream">Where to write: writable and seekable, such as a file.</param>
    /// <param name="options">Row group size and compression; defaults when <see langword="null"/>.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable and seekable.</exception>
    public ParquetFindingsWriter(Stream stream, ParquetExportOptions? options = null, bool leaveOpen = false)
    {
        _table = new ParquetTableWriter(stream, leaveOpen, TidyFindingColumns.All, SchemaId, options);
        ParquetColumnBuffer[] c = _table.Columns;
        _text = c.OfType<TextBuffer>().ToArray();
        _figures = c.OfType<DecimalBuffer>().ToArray();
        _fiscalYear = (IntBuffer)ParquetTidyWriter.Named(c, "fiscal_year");
        _termCount = (IntBuffer)ParquetTidyWriter.Named(c, "term_count");
    }

    /// <inheritdoc/>
    public long RowsWritten => _table.RowsWritten;

    /// <summary>Writes all rows to a stream as one Parquet file.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="stream">Where to write: writable and seekable; left open.</param>
    /// <param name="options">Row group size and compression.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many rows were written.</returns>
    public static async Task<long> WriteAsync(IEnumerable<TidyFindingRow> rows, Stream stream, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new ParquetFindingsWriter(stream, options, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyFindingRow row in rows)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }

            return writer.RowsWritten;
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(TidyFindingRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        int i = _table.Next;
        int t = 0;
        _text[t++].Set(i, row.DisclosureId);
        _text[t++].Set(i, row.Department);
        _fiscalYear.Set(i, row.FiscalYear);
        _text[t++].Set(i, row.RuleId);
        _text[t++].Set(i, ExportTokens.Of(row.Severity));
        _text[t++].Set(i, ExportTokens.Of(row.Verdict));
        _text[t++].Set(i, row.Message);
        _text[t++].Set(i, row.MessageZh);
        _text[t++].Set(i, row.JsonPointer);
        _text[t++].Set(i, row.LocationLabel);
        _text[t++].Set(i, row.Unit is { } unit ? ExportTokens.Of(unit) : null);
        _figures[0].Set(i, row.Stated, row.JsonPointer);
        _figures[1].Set(i, row.Expected, row.JsonPointer);
        _figures[2].Set(i, row.Difference, row.JsonPointer);
        _figures[3].Set(i, row.Tolerance, row.JsonPointer);
        _text[t++].Set(i, row.StatedText);
        _text[t].Set(i, row.ExpectedText);
        _termCount.Set(i, row.TermCount);
        return _table.RowCompletedAsync(cancellationToken);
    }

    /// <summary>Writes the last row group and the file's footer and, unless asked to leave it open, closes the stream.</summary>
    /// <returns>A task that completes when the file is finished.</returns>
    public ValueTask DisposeAsync() => _table.DisposeAsync();
}
