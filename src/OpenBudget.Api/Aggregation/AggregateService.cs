using System.Collections.Concurrent;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Api.Representations;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;

namespace OpenBudget.Api.Aggregation;

/// <summary>Answers aggregate requests over the current revision of every stored disclosure, computing each answer once per store version.</summary>
/// <remarks>
/// The tidy rows of all current revisions are kept in memory and brought up to date once per store version
/// (<see cref="IDisclosureStore.GetVersionAsync"/>), reading again only the disclosures whose current revision changed; each
/// distinct request is aggregated once per version with <see cref="TidyAggregator"/> (exact decimals) and its JSON or CSV
/// bytes served from memory after that. The version is read before the rows, so rows read while a publication
/// lands are at least as new as the version they are filed under, and the next request rebuilds them.
/// </remarks>
public sealed class AggregateService(IDisclosureStore store, JsonRepresentations json) : IDisposable
{
    private const int MostAnswersPerVersion = 512;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>Gets the answer to a request, as JSON or as CSV.</summary>
    /// <param name="request">The request.</param>
    /// <param name="csv"><see langword="true"/> for CSV.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The answer's bytes.</returns>
    public async Task<Representation> GetAsync(AggregateRequest request, bool csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Snapshot snapshot = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        (string, bool) key = (request.CacheKey, csv);
        if (snapshot.Answers.TryGetValue(key, out Representation? known))
        {
            return known;
        }

        AggregateResponse response = Compute(snapshot, request);
        Representation answer = csv ? new Representation(AggregateCsv.Write(response), ContentTypes.Csv) : json.Of(response);
        if (Interlocked.Increment(ref snapshot.Added) > MostAnswersPerVersion)
        {
            // Bounded memory: many distinct requests in one version start the cache afresh.
            snapshot.Answers.Clear();
            Interlocked.Exchange(ref snapshot.Added, 0);
        }

        return snapshot.Answers.GetOrAdd(key, answer);
    }

    /// <summary>Computes an aggregate over rows.</summary>
    /// <param name="rows">The tidy rows of the current revisions.</param>
    /// <param name="version">The store version they were read at.</param>
    /// <param name="request">The request.</param>
    /// <returns>The answer.</returns>
    internal static AggregateResponse Compute(IReadOnlyList<TidyAmountRow> rows, long version, AggregateRequest request)
    {
        var kept = new List<TidyAmountRow>();
        var disclosures = new HashSet<string>(StringComparer.Ordinal);
        foreach (TidyAmountRow row in rows)
        {
            if (request.Query.Keeps(row) && request.Keeps(row))
            {
                kept.Add(row);
                disclosures.Add(row.DisclosureId);
            }
        }

        IReadOnlyList<TidyAggregate> groups = TidyAggregator.Aggregate(kept, request.Query);
        var cells = new List<AggregateCell>(groups.Count);
        decimal amount = 0m;
        long count = 0;
        long blank = 0;
        foreach (TidyAggregate group in groups)
        {
            var key = new Dictionary<string, string?>(request.Drilldown.Length, StringComparer.Ordinal);
            for (int d = 0; d < request.Drilldown.Length; d++)
            {
                key[request.Drilldown[d]] = group.Key[d];
            }

            cells.Add(new AggregateCell(key, Cents(group.TotalWan), group.Cells, group.BlankCells));
            amount += group.TotalWan;
            count += group.Cells;
            blank += group.BlankCells;
        }

        return new AggregateResponse(
            AggregateRequest.AmountMeasure,
            ExportTokens.Of(Money.PresentationUnit.TenThousandYuan),
            request.Drilldown,
            request.Cuts,
            version,
            new AggregateSummary(Cents(amount), count, blank, disclosures.Count),
            cells.Count,
            cells);
    }

    /// <summary>Writes a sum with at least the two decimals amounts are printed with (4.8 as 4.80); adding 0.00 changes the scale, never the value.</summary>
    private static decimal Cents(decimal sum) => sum + 0.00m;

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    private static AggregateResponse Compute(Snapshot snapshot, AggregateRequest request) => Compute(snapshot.Rows, snapshot.Version, request);

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        long version = await store.GetVersionAsync(null, cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _snapshot) is { } known && known.Version == version)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_snapshot is { } built && built.Version == version)
            {
                return built;
            }

            // Every current revision in one query; only the disclosures whose revision changed are read and turned into rows again.
            DisclosurePage current = await store.ListAsync(new DisclosureQuery { PageSize = int.MaxValue }, cancellationToken).ConfigureAwait(false);
            IReadOnlyDictionary<string, (int Revision, TidyAmountRow[] Rows)> previous = _snapshot?.ByDisclosure ?? new Dictionary<string, (int, TidyAmountRow[])>();
            var byDisclosure = new Dictionary<string, (int Revision, TidyAmountRow[] Rows)>(current.Items.Count, StringComparer.Ordinal);
            var rows = new List<TidyAmountRow>();
            foreach (RevisionInfo info in current.Items)
            {
                string id = info.Id.Value;
                if (!previous.TryGetValue(id, out var entry) || entry.Revision != info.Revision)
                {
                    StoredRevision stored = await store.GetAsync(info.Id, info.Revision, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"The store listed revision {info.Revision} of {id} but does not hold it.");
                    BudgetDisclosure disclosure = OpenBudgetJson.Deserialize(stored.Document);
                    entry = (info.Revision, [.. TidyExport.Rows(disclosure).Select(row => row.DisclosureId == id ? row : row with { DisclosureId = id })]);
                }

                byDisclosure.Add(id, entry);
                rows.AddRange(entry.Rows);
            }

            var snapshot = new Snapshot(version, rows, byDisclosure);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Snapshot(long version, IReadOnlyList<TidyAmountRow> rows, IReadOnlyDictionary<string, (int Revision, TidyAmountRow[] Rows)> byDisclosure)
    {
        // A field, so that Interlocked can count the answers added.
        public int Added;

        public long Version { get; } = version;

        public IReadOnlyList<TidyAmountRow> Rows { get; } = rows;

        public IReadOnlyDictionary<string, (int Revision, TidyAmountRow[] Rows)> ByDisclosure { get; } = byDisclosure;

        public ConcurrentDictionary<(string Key, bool Csv), Representation> Answers { get; } = new();
    }
}
