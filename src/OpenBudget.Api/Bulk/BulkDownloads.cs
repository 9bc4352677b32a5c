using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Json;
using OpenBudget.Api.Options;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;
using OpenBudget.Parquet;
using OpenBudget.Validation;

namespace OpenBudget.Api.Bulk;

/// <summary>Keeps the bulk download files: per fiscal year, the tidy amounts and the findings of the current revision of each disclosure, in CSV and Parquet, each with a SHA-256 checksum file.</summary>
/// <remarks>
/// <para>A year's files are written once per store version of that year (<see cref="IDisclosureStore.GetVersionAsync"/>): on the
/// first request after a publication changed the year, never on every request. One writer per year at a time; other requests
/// for that year wait for it and then share its files.</para>
/// <para>Every file is written under a temporary name in the same folder and renamed into place when complete, data files first,
/// then checksums, then the manifest (openbudget-{year}.manifest.json) that records the version they were written from, so a
/// reader never sees half a file and a restarted service reuses files that are still current.</para>
/// </remarks>
public sealed class BulkDownloads : IDisposable
{
    private readonly IDisclosureStore _store;
    private readonly IDisclosureChecker _checker;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<int, BulkManifest> _years = new();
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _writers = new();

    /// <summary>Initializes a new instance of the <see cref="BulkDownloads"/> class.</summary>
    /// <param name="store">The store.</param>
    /// <param name="checker">The checker, for revisions stored without a report.</param>
    /// <param name="options">The service options (the bulk folder).</param>
    /// <param name="time">The clock that stamps the files.</param>
    public BulkDownloads(IDisclosureStore store, IDisclosureChecker checker, IOptions<OpenBudgetOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _checker = checker;
        _time = time;
        Folder = options.Value.Bulk.Path;
    }

    /// <summary>Gets the folder the files are written to.</summary>
    public string Folder { get; }

    /// <summary>Lists every year's files, writing those that are missing or out of date.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The index.</returns>
    public async Task<BulkIndex> IndexAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<int> years = await _store.ListYearsAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<BulkFile>();
        foreach (int year in years)
        {
            files.AddRange((await EnsureAsync(year, cancellationToken).ConfigureAwait(false)).Files);
        }

        return new BulkIndex(years, files);
    }

    /// <summary>Finds one file, writing its year's files first when they are missing or out of date.</summary>
    /// <param name="name">The file's name.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The file's entry and full path, or <see langword="null"/> when the store has no disclosure of that year.</returns>
    internal async Task<(BulkFile File, string Path)?> FindAsync(BulkFileName name, CancellationToken cancellationToken)
    {
        if (await _store.GetVersionAsync(name.Year, cancellationToken).ConfigureAwait(false) == 0)
        {
            return null;
        }

        BulkManifest manifest = await EnsureAsync(name.Year, cancellationToken).ConfigureAwait(false);
        BulkFile file = manifest.Files.Single(f => f.Name == name.Name);
        return (file, Path.Combine(Folder, file.Name));
    }

    /// <summary>Makes sure a year's files match the store, writing them when they do not.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The year's manifest.</returns>
    internal async Task<BulkManifest> EnsureAsync(int year, CancellationToken cancellationToken)
    {
        long version = await _store.GetVersionAsync(year, cancellationToken).ConfigureAwait(false);
        if (_years.TryGetValue(year, out BulkManifest? known) && known.StoreVersion == version)
        {
            return known;
        }

        SemaphoreSlim writer = _writers.GetOrAdd(year, _ => new SemaphoreSlim(1, 1));
        await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Read again under the lock: a request that waited finds the files the writer before it made.
            version = await _store.GetVersionAsync(year, cancellationToken).ConfigureAwait(false);
            if (_years.TryGetValue(year, out known) && known.StoreVersion == version)
            {
                return known;
            }

            BulkManifest manifest = ReadManifest(year, version) ?? await WriteAsync(year, version, cancellationToken).ConfigureAwait(false);
            _years[year] = manifest;
            return manifest;
        }
        finally
        {
            writer.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (SemaphoreSlim writer in _writers.Values)
        {
            writer.Dispose();
        }
    }

    private string ManifestPath(int year) => Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"openbudget-{year}.manifest.json"));

    private BulkManifest? ReadManifest(int year, long version)
    {
        string path = ManifestPath(year);
        if (!File.Exists(path))
        {
            return null;
        }

        BulkManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), ApiJsonContext.Default.BulkManifest);
        }
        catch (JsonException)
        {
            return null;
        }

        bool current = manifest is not null && manifest.Year == year && manifest.StoreVersion == version
            && manifest.Files.Count == BulkFileName.Kinds.Length
            && manifest.Files.All(f => new FileInfo(Path.Combine(Folder, f.Name)) is { Exists: true } info && info.Length == f.Size
                && File.Exists(Path.Combine(Folder, f.Name + BulkFileName.ChecksumSuffix)));
        return current ? manifest : null;
    }

    private async Task<BulkManifest> WriteAsync(int year, long version, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        string stamp = Guid.NewGuid().ToString("N");
        BulkFileName[] names = [.. BulkFileName.Kinds.Select(k => new BulkFileName(year, k.Content, k.Format))];
        string[] temporary = [.. names.Select(n => Path.Combine(Folder, $".{n.Name}.{stamp}.tmp"))];
        string[] checksums = [.. names.Select(n => Path.Combine(Folder, $".{n.Name}{BulkFileName.ChecksumSuffix}.{stamp}.tmp"))];
        try
        {
            long[] rows = await WriteDataAsync(year, temporary, cancellationToken).ConfigureAwait(false);
            DateTimeOffset now = _time.GetUtcNow();
            var files = new List<BulkFile>(names.Length);
            for (int i = 0; i < names.Length; i++)
            {
                string sha256;
                long size;
                await using (FileStream written = File.OpenRead(temporary[i]))
                {
                    size = written.Length;
                    sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, cancellationToken).ConfigureAwait(false));
                }

                await File.WriteAllTextAsync(checksums[i], $"{sha256}  {names[i].Name}\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                string link = $"{ApiLinks.Version}/bulk/{names[i].Name}";
                files.Add(new BulkFile(names[i].Name, year, names[i].Content, names[i].Format, names[i].MediaType, size, sha256, rows[i], version, now, new BulkFileLinks(link, link + BulkFileName.ChecksumSuffix)));
            }

            for (int i = 0; i < names.Length; i++)
            {
                File.Move(temporary[i], Path.Combine(Folder, names[i].Name), overwrite: true);
            }

            for (int i = 0; i < names.Length; i++)
            {
                File.Move(checksums[i], Path.Combine(Folder, names[i].Name + BulkFileName.ChecksumSuffix), overwrite: true);
            }

            var manifest = new BulkManifest(year, version, files);
            string manifestTemporary = ManifestPath(year) + $".{stamp}.tmp";
            await File.WriteAllBytesAsync(manifestTemporary, JsonSerializer.SerializeToUtf8Bytes(manifest, ApiJsonContext.Default.BulkManifest), cancellationToken).ConfigureAwait(false);
            File.Move(manifestTemporary, ManifestPath(year), overwrite: true);
            return manifest;
        }
        finally
        {
            foreach (string leftover in temporary.Concat(checksums))
            {
                File.Delete(leftover);
            }
        }
    }

    private async Task<long[]> WriteDataAsync(int year, string[] paths, CancellationToken cancellationToken)
    {
        FileStream[] streams = [.. paths.Select(p => new FileStream(p, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true))];
        try
        {
            var amountsCsv = new CsvTidyWriter(streams[0], leaveOpen: true);
            var amountsParquet = new ParquetTidyWriter(streams[1], leaveOpen: true);
            var findingsCsv = new CsvFindingsWriter(streams[2], leaveOpen: true);
            var findingsParquet = new ParquetFindingsWriter(streams[3], leaveOpen: true);
            await using (amountsCsv.ConfigureAwait(false))
            await using (amountsParquet.ConfigureAwait(false))
            await using (findingsCsv.ConfigureAwait(false))
            await using (findingsParquet.ConfigureAwait(false))
            {
                await foreach (StoredRevision stored in _store.ReadCurrentAsync(year, cancellationToken).ConfigureAwait(false))
                {
                    BudgetDisclosure disclosure = OpenBudgetJson.Deserialize(stored.Document);
                    string id = stored.Info.Id.Value;
                    foreach (TidyAmountRow row in TidyExport.Rows(disclosure))
                    {
                        TidyAmountRow identified = row.DisclosureId == id ? row : row with { DisclosureId = id };
                        await amountsCsv.WriteAsync(identified, cancellationToken).ConfigureAwait(false);
                        await amountsParquet.WriteAsync(identified, cancellationToken).ConfigureAwait(false);
                    }

                    ValidationReport report = stored.Report is { } bytes
                        ? OpenBudgetJson.DeserializeReport(Encoding.UTF8.GetString(bytes))
                        : _checker.Check(disclosure);
                    foreach (TidyFindingRow finding in TidyExport.Findings(id, report))
                    {
                        await findingsCsv.WriteAsync(finding, cancellationToken).ConfigureAwait(false);
                        await findingsParquet.WriteAsync(finding, cancellationToken).ConfigureAwait(false);
                    }
                }

                amountsCsv.Flush();
                findingsCsv.Flush();
                return [amountsCsv.RowsWritten, amountsParquet.RowsWritten, findingsCsv.RowsWritten, findingsParquet.RowsWritten];
            }
        }
        finally
        {
            foreach (FileStream stream in streams)
            {
                await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
