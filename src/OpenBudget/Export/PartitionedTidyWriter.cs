namespace OpenBudget.Export;

/// <summary>Writes rows into Hive-style partitions by fiscal year, <c>year=2026/part-0000.csv</c>, so that DuckDB, Spark and Polars read a directory as one table with a <c>year</c> column.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <remarks>
/// One file per year is open at a time; a file holding <see cref="MaxRowsPerFile"/> rows is finished and the next part
/// begun, so memory stays bounded whatever the corpus. Files are created new: writing into a directory that already
/// holds a part of the same name fails rather than mixing two exports.
/// DuckDB: <c>SELECT * FROM read_parquet('out/*/*.parquet', hive_partitioning = true)</c>.
/// </remarks>
public sealed class PartitionedTidyWriter<TRow> : ITidyWriter<TRow>
{
    private readonly string _directory;
    private readonly string _extension;
    private readonly Func<TRow, int> _yearOf;
    private readonly Func<Stream, ITidyWriter<TRow>> _open;
    private readonly Dictionary<int, Partition> _partitions = [];
    private readonly List<string> _files = [];
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="PartitionedTidyWriter{TRow}"/> class.</summary>
    /// <param name="directory">The directory the partitions go under; created when missing.</param>
    /// <param name="extension">The file extension without the dot, e.g. "csv" or "parquet".</param>
    /// <param name="yearOf">Gives a row's fiscal year.</param>
    /// <param name="open">Opens a writer of the format on a new file's stream; the writer owns and closes the stream.</param>
    /// <param name="maxRowsPerFile">How many rows a file holds before the next part begins.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="extension"/> is empty or holds a dot or a path separator.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRowsPerFile"/> is less than 1.</exception>
    public PartitionedTidyWriter(string directory, string extension, Func<TRow, int> yearOf, Func<Stream, ITidyWriter<TRow>> open, long maxRowsPerFile = 1_000_000)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        ArgumentNullException.ThrowIfNull(yearOf);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowsPerFile, 1);
        if (extension.AsSpan().IndexOfAny("./\\") >= 0)
        {
            throw new ArgumentException($"Expected a file extension without a dot, such as \"csv\", found \"{extension}\".", nameof(extension));
        }

        _directory = directory;
        _extension = extension;
        _yearOf = yearOf;
        _open = open;
        MaxRowsPerFile = maxRowsPerFile;
    }

    /// <summary>Gets how many rows a file holds before the next part begins.</summary>
    public long MaxRowsPerFile { get; }

    /// <inheritdoc/>
    public long RowsWritten { get; private set; }

    /// <summary>Gets the files begun so far, relative to the directory, with '/' separators, in the order they were begun.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <inheritdoc/>
    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int year = _yearOf(row);
        if (!_partitions.TryGetValue(year, out Partition? partition))
        {
            partition = new Partition(year);
            _partitions.Add(year, partition);
        }

        if (partition.Writer is null || partition.Writer.RowsWritten >= MaxRowsPerFile)
        {
            if (partition.Writer is not null)
            {
                await partition.Writer.DisposeAsync().ConfigureAwait(false);
                partition.NextPart++;
            }

            partition.Writer = Begin(year, partition.NextPart);
        }

        await partition.Writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        RowsWritten++;
    }

    /// <summary>Finishes every open file.</summary>
    /// <returns>A task that completes when the files are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (Partition partition in _partitions.Values)
        {
            if (partition.Writer is not null)
            {
                await partition.Writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private ITidyWriter<TRow> Begin(int year, int part)
    {
        string relative = TidyPartitions.PartPath(year, part, _extension);
        string path = Path.Combine(_directory, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, useAsync: true);
        }
        catch (IOException ex) when (File.Exists(path))
        {
            throw new IOException($"{path} already exists: write partitions into an empty directory, so that two exports do not mix.", ex);
        }

        _files.Add(relative);
        return _open(stream);
    }

    private sealed class Partition(int year)
    {
        public int Year { get; } = year;

        public int NextPart { get; set; }

        public ITidyWriter<TRow>? Writer { get; set; }
    }
}
