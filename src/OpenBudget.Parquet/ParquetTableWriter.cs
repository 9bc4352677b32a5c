using System.Collections.Immutable;
using OpenBudget.Export;
using Parquet;
using Parquet.Schema;

namespace OpenBudget.Parquet;

/// <summary>Fills row groups of a fixed size column by column and writes each to Parquet when full; the file is begun on the first write.</summary>
internal sealed class ParquetTableWriter : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly ParquetExportOptions _options;
    private readonly ParquetSchema _schema;
    private readonly string _schemaId;
    private ParquetWriter? _writer;
    private int _count;
    private bool _disposed;

    public ParquetTableWriter(Stream stream, bool leaveOpen, ImmutableArray<TidyColumn> columns, string schemaId, ParquetExportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite || !stream.CanSeek)
        {
            throw new ArgumentException("Parquet needs a writable, seekable stream, such as a file.", nameof(stream));
        }

        _options = options ?? new ParquetExportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RowGroupSize, 1, nameof(options));
        _stream = stream;
        _leaveOpen = leaveOpen;
        _schemaId = schemaId;
        Columns = columns.Select(c => ParquetColumnBuffer.For(c, _options.RowGroupSize)).ToArray();
        _schema = new ParquetSchema(Columns.Select(c => (Field)c.Field));
    }

    public ParquetColumnBuffer[] Columns { get; }

    /// <summary>Gets the row index within the current group that the next row fills.</summary>
    public int Next => _count;

    public long RowsWritten { get; private set; }

    public int RowGroupsWritten { get; private set; }

    public ValueTask RowCompletedAsync(CancellationToken cancellationToken)
    {
        _count++;
        RowsWritten++;
        return _count == _options.RowGroupSize ? new ValueTask(FlushGroupAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_count > 0 || _writer is null)
        {
            await FlushGroupAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _writer!.DisposeAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushGroupAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            var parquetOptions = new ParquetOptions { CompressionMethod = _options.Compression };
            _writer = await ParquetWriter.CreateAsync(_schema, _stream, parquetOptions, append: false, cancellationToken).ConfigureAwait(false);
            _writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["openbudget.schema"] = _schemaId };
        }

        if (_count == 0 && RowGroupsWritten > 0)
        {
            return;
        }

        using (ParquetRowGroupWriter group = _writer.CreateRowGroup())
        {
            foreach (ParquetColumnBuffer column in Columns)
            {
                await column.WriteAsync(group, _count, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }

        RowGroupsWritten++;
        _count = 0;
    }
}
