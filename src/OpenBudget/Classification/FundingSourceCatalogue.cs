using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Classification;

/// <summary>The list of funding sources (资金来源) for a fiscal year, looked up by key or by printed name.</summary>
public sealed class FundingSourceCatalogue
{
    private readonly FrozenDictionary<string, FundingSource> _byKey;
    private readonly FrozenDictionary<string, FundingSource> _byName;

    /// <summary>Initializes a new instance of the <see cref="FundingSourceCatalogue"/> class.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="sources">The sources; each key once, each parent present.</param>
    /// <exception cref="ArgumentException">A key appears twice or a parent is missing.</exception>
    public FundingSourceCatalogue(int year, IEnumerable<FundingSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Year = year;
        var byKey = new Dictionary<string, FundingSource>(StringComparer.Ordinal);
        foreach (FundingSource source in sources)
        {
            if (!byKey.TryAdd(source.Key, source))
            {
                throw new ArgumentException($"Funding source '{source.Key}' appears twice in the {year} list.", nameof(sources));
            }
        }

        foreach (FundingSource source in byKey.Values)
        {
            if (source.ParentKey is not null && !byKey.ContainsKey(source.ParentKey))
            {
                throw new ArgumentException($"Funding source '{source.Key}' names a parent '{source.ParentKey}' that is not in the {year} list.", nameof(sources));
            }
        }

        Sources = [.. byKey.Values];
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byKey.Values
            .GroupBy(s => CatalogueText.NormalizeName(s.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Gets the fiscal year.</summary>
    public int Year { get; }

    /// <summary>Gets every source in the order of the list.</summary>
    public IReadOnlyList<FundingSource> Sources { get; }

    /// <summary>Finds a source by its key.</summary>
    /// <param name="key">The key, e.g. "unit-funds".</param>
    /// <param name="source">The source, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string key, [NotNullWhen(true)] out FundingSource? source) => _byKey.TryGetValue(key, out source);

    /// <summary>Finds a source by its printed Chinese name, ignoring bracket widths and spaces.</summary>
    /// <param name="name">The name as printed, e.g. "单位资金".</param>
    /// <param name="source">The source, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetByName(string name, [NotNullWhen(true)] out FundingSource? source)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(CatalogueText.NormalizeName(name), out source);
    }

    /// <summary>Gets the sources directly below a source.</summary>
    /// <param name="key">The parent key.</param>
    /// <returns>The children in list order.</returns>
    public IReadOnlyList<FundingSource> Children(string key) => [.. Sources.Where(s => s.ParentKey == key)];
}
