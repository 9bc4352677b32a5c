using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Options;
using OpenBudget.Api.Store;

namespace OpenBudget.Api.Representations;

/// <summary>Serves reads from memory: each revision is read from the store and serialized once, then served from its bytes.</summary>
/// <remarks>
/// A revision never changes, so its representation is cached under (id, revision) for as long as memory allows. Which revision is
/// current is remembered per id and moved forward when this process publishes; revisions only grow, so a slow reader can never
/// move it back. A store written by other processes needs a store-side notification instead.
/// </remarks>
public sealed class RepresentationCache : IDisposable
{
    private readonly IDisclosureStore _store;
    private readonly MemoryCache _revisions;
    private readonly ConcurrentDictionary<string, int> _current = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="RepresentationCache"/> class.</summary>
    /// <param name="store">The store.</param>
    /// <param name="options">The service options (the cache size).</param>
    public RepresentationCache(IDisclosureStore store, IOptions<OpenBudgetOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _revisions = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Store.CacheBytes) });
    }

    /// <summary>Gets a revision, from memory when it was read before.</summary>
    /// <param name="id">The disclosure's id.</param>
    /// <param name="revision">The revision, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The representation, or <see langword="null"/> for an unknown id or revision.</returns>
    public async ValueTask<DisclosureRepresentation?> GetAsync(DisclosureId id, int? revision, CancellationToken cancellationToken)
    {
        int? wanted = revision ?? (_current.TryGetValue(id.Value, out int current) ? current : null);
        if (wanted is int known && _revisions.TryGetValue((id.Value, known), out DisclosureRepresentation? cached) && cached is not null)
        {
            return cached;
        }

        StoredRevision? stored = await _store.GetAsync(id, wanted ?? revision, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        DisclosureRepresentation representation = DisclosureRepresentation.From(stored);
        _revisions.Set((id.Value, stored.Info.Revision), representation, new MemoryCacheEntryOptions { Size = representation.CacheSize });
        Advance(id, stored.Info.CurrentRevision);
        return representation;
    }

    /// <summary>Records that a revision was published, so that reads of the current revision find it.</summary>
    /// <param name="id">The disclosure's id.</param>
    /// <param name="revision">The new current revision.</param>
    public void Advance(DisclosureId id, int revision) => _current.AddOrUpdate(id.Value, revision, (_, old) => Math.Max(old, revision));

    /// <inheritdoc/>
    public void Dispose() => _revisions.Dispose();
}
