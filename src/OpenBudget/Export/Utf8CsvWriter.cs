using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace OpenBudget.Export;

/// <summary>Writes RFC 4180 CSV as UTF-8 without BOM, CRLF between records, into a buffer that goes to the stream in blocks.</summary>
/// <remarks>
/// A field is quoted when it holds a comma, a quotation mark, CR or LF, or starts or ends with a space; quotation marks
/// inside are doubled. <see langword="null"/> writes an empty field and the empty string writes <c>""</c>, so readers such as
/// DuckDB tell a missing value from empty text.
/// </remarks>
internal sealed class Utf8CsvWriter : IDisposable, IAsyncDisposable
{
    private const int BufferSize = 1 << 16;
    private const int Slack = 512;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private bool _fieldStarted;
    private bool _disposed;

    public Utf8CsvWriter(Stream stream, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets a value indicating whether the buffer is full enough to be flushed.</summary>
    public bool ShouldFlush => _length >= BufferSize - Slack;

    public void WriteHeader(IEnumerable<TidyColumn> columns)
    {
        foreach (TidyColumn column in columns)
        {
            Text(column.Name);
        }

        EndRecord();
    }

    public void Text(string? value)
    {
        Separator();
        if (value is null)
        {
            return;
        }

        if (value.Length == 0)
        {
            Raw("\"\""u8);
            return;
        }

        if (!NeedsQuotes(value))
        {
            Utf8(value);
            return;
        }

        Raw("\""u8);
        int start = 0;
        int quote;
        while ((quote = value.IndexOf('"', start)) >= 0)
        {
            Utf8(value.AsSpan(start, quote - start + 1));
            Raw("\""u8);
            start = quote + 1;
        }

        Utf8(value.AsSpan(start));
        Raw("\""u8);
    }

    public void Number(int? value)
    {
        Separator();
        if (value is int v)
        {
            Ensure(16);
            v.TryFormat(_buffer.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
            _length += written;
        }
    }

    public void Number(decimal? value)
    {
        Separator();
        if (value is decimal v)
        {
            Ensure(48);
            v.TryFormat(_buffer.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
            _length += written;
        }
    }

    public void Boolean(bool value)
    {
        Separator();
        Raw(value ? "true"u8 : "false"u8);
    }

    public void EndRecord()
    {
        Raw("\r\n"u8);
        _fieldStarted = false;
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }

        _stream.Flush();
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_length > 0)
        {
            await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
            _length = 0;
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Flush();
        Release();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        Release();
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool NeedsQuotes(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';

    private void Release()
    {
        _disposed = true;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Separator()
    {
        if (_fieldStarted)
        {
            Raw(","u8);
        }

        _fieldStarted = true;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        OperationStatus status = System.Text.Unicode.Utf8.FromUtf16(text, _buffer.AsSpan(_length), out _, out int written, replaceInvalidSequences: true);
        if (status != OperationStatus.Done)
        {
            throw new InvalidOperationException($"Could not encode text as UTF-8: {status}.");
        }

        _length += written;
    }

    private void Ensure(int bytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
