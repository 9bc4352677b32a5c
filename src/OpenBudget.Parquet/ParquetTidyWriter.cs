using OpenBudget.Export;
using static OpenBudget.Parquet.ParquetColumnBuffer;

namespace OpenBudget.Parquet;

/// <summary>Writes tidy amount rows to Apache Parquet, one column per <see cref="TidyAmountColumns.All"/>, amounts as exact DECIMAL, in row groups of bounded size.</summary>
/// <remarks>
/// <para><c>amount</c> is DECIMAL(18,2) and <c>amount_wan</c> DECIMAL(20,6), which hold every amount printed with up to two
/// decimals in 元, 万元 or 亿元 exactly; a value that does not fit is refused with a <see cref="TidyExportException"/> naming
/// its cell, never rounded. Text is UTF-8, integers INT32, booleans BOOLEAN; the file's metadata names the schema
/// (<c>openbudget.schema</c>).</para>
/// <para>Only the row group being filled is held in memory, so any number of rows streams through.
/// DuckDB: <c>SELECT functional_class, sum(amount_wan) FROM 'amounts.parquet' GROUP BY 1</c>.</para>
/// </remarks>
public sealed class ParquetTidyWriter : ITidyWriter<TidyAmountRow>
{
    /// <summary>The id of the schema the file follows, written in its metadata.</summary>
    public const string SchemaId = "https://openbudget.example.org/schemas/tidy-amounts.v1.schema.json";

    private readonly ParquetTableWriter _table;
    private readonly TextBuffer[] _text;
    private readonly IntBuffer _fiscalYear;
    private readonly IntBuffer _tableIndex;
    private readonly IntBuffer _rowIndex;
    private readonly DecimalBuffer _amount;
    private readonly NullableIntBuffer _amountScale;
    private readonly DecimalBuffer _amountWan;
    private readonly BoolBuffer _isBlank;

    /// <summary>Initializes a new instance of the <see cref="ParquetTidyWriter"/> class; the file is begun on the first row group.</summary>
    /// <param name="stream">Where to write: writable and seekable, such as a file.</param>
    /// <param name="options">Row group size and compression; defaults when <see langword="null"/>.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable and seekable.</exception>
    public ParquetTidyWriter(Stream stream, ParquetExportOptions? options = null, bool leaveOpen = false)
    {
        _table = new ParquetTableWriter(stream, leaveOpen, TidyAmountColumns.All, SchemaId, options);
        ParquetColumnBuffer[] c = _table.Columns;
        _text = c.OfType<TextBuffer>().ToArray();
        _fiscalYear = (IntBuffer)Named(c, "fiscal_year");
        _tableIndex = (IntBuffer)Named(c, "table_index");
        _rowIndex = (IntBuffer)Named(c, "row_index");
        _amount = (DecimalBuffer)Named(c, "amount");
        _amountScale = (NullableIntBuffer)Named(c, "amount_scale");
        _amountWan = (DecimalBuffer)Named(c, "amount_wan");
        _isBlank = (BoolBuffer)Named(c, "is_blank");
    }

    /// <inheritdoc/>
    public long RowsWritten => _table.RowsWritten;

    /// <summary>Gets how many row groups were written so far.</summary>
    public int RowGroupsWritten => _table.RowGroupsWritten;

    /// <summary>Writes all rows to a stream as one Parquet file.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="stream">Where to write: writable and seekable; left open.</param>
    /// <param name="options">Row group size and compression.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="TidyExportException">An amount does not fit its DECIMAL column; the message names the cell.</exception>
    public static async Task<long> WriteAsync(IEnumerable<TidyAmountRow> rows, Stream stream, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new ParquetTidyWriter(stream, options, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyAmountRow row in rows)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }

            return writer.RowsWritten;
        }
    }

    /// <summary>Writes amount rows as Parquet partitioned by fiscal year: <c>year=2026/part-0000.parquet</c>.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="directory">The directory the partitions go under; it must not already hold parts of the same names.</param>
    /// <param name="options">Row group size and compression.</param>
    /// <param name="maxRowsPerFile">How many rows a file holds before the next part begins.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The files written, relative to <paramref name="directory"/>.</returns>
    public static async Task<IReadOnlyList<string>> WritePartitionedAsync(IEnumerable<TidyAmountRow> rows, string directory, ParquetExportOptions? options = null, long maxRowsPerFile = TidyPartitions.DefaultMaxRowsPerFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        PartitionedTidyWriter<TidyAmountRow> writer = TidyPartitions.ForAmounts(directory, "parquet", stream => new ParquetTidyWriter(stream, options), maxRowsPerFile);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyAmountRow row in rows)
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
        }

        return writer.Files;
    }

    /// <inheritdoc/>
    /// <exception cref="TidyExportException">The amount does not fit its DECIMAL column; the message names the cell.</exception>
    public ValueTask WriteAsync(TidyAmountRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        int i = _table.Next;
        decimal? amount = row.Amount.ToNullable();
        if (amount is not null)
        {
            _amount.Set(i, amount, row.JsonPointer);
            _amountWan.Set(i, row.AmountWan, row.JsonPointer);
        }
        else
        {
            _amount.Set(i, null, "");
            _amountWan.Set(i, null, "");
        }

        int t = 0;
        _text[t++].Set(i, row.DisclosureId);
        _text[t++].Set(i, row.RegionCode);
        _text[t++].Set(i, row.RegionName);
        _text[t++].Set(i, row.Department);
        _fiscalYear.Set(i, row.FiscalYear);
        _text[t++].Set(i, ExportTokens.Of(row.Phase));
        _text[t++].Set(i, row.BudgetUnit);
        _tableIndex.Set(i, row.TableIndex);
        _text[t++].Set(i, ExportTokens.Of(row.TableKind));
        _text[t++].Set(i, row.TableNumber);
        _text[t++].Set(i, row.TableTitle);
        _text[t++].Set(i, row.Side is { } side ? ExportTokens.Of(side) : null);
        _rowIndex.Set(i, row.RowIndex);
        _text[t++].Set(i, ExportTokens.Of(row.RowKind));
        _text[t++].Set(i, row.RowKey);
        _text[t++].Set(i, row.RowName);
        _text[t++].Set(i, row.ProjectName);
        _text[t++].Set(i, row.Functional?.ToString());
        _text[t++].Set(i, row.FunctionalClass);
        _text[t++].Set(i, row.FunctionalSection);
        _text[t++].Set(i, row.FunctionalItem);
        _text[t++].Set(i, row.Economic?.ToString());
        _text[t++].Set(i, row.EconomicClass);
        _text[t++].Set(i, row.EconomicSection);
        _text[t++].Set(i, row.ColumnKey);
        _text[t++].Set(i, row.ColumnLabel);
        _amountScale.Set(i, amount is null ? null : row.Amount.Scale);
        _text[t++].Set(i, ExportTokens.Of(row.Unit));
        _isBlank.Set(i, amount is null);
        _text[t].Set(i, row.JsonPointer);
        return _table.RowCompletedAsync(cancellationToken);
    }

    /// <summary>Writes the last row group and the file's footer and, unless asked to leave it open, closes the stream.</summary>
    /// <returns>A task that completes when the file is finished.</returns>
    public ValueTask DisposeAsync() => _table.DisposeAsync();

    internal static ParquetColumnBuffer Named(ParquetColumnBuffer[] columns, string name) => columns.Single(c => c.Field.Name == name);
}
