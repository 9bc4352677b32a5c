using System.Collections.Frozen;

namespace OpenBudget.Classification;

/// <summary>One fiscal year's code list of one scheme (e.g. the 2026 支出功能分类科目), with look-up by code, children, ancestors and search by name.</summary>
/// <typeparam name="TCode">The kind of code.</typeparam>
public sealed class ClassificationCatalogue<TCode>
    where TCode : struct, IClassificationCode<TCode>
{
    private const int NearestCount = 5;
    private readonly FrozenDictionary<TCode, ClassificationEntry<TCode>> _byCode;
    private readonly FrozenDictionary<TCode, CatalogueLookup<TCode>> _found;
    private readonly FrozenDictionary<TCode, ClassificationEntry<TCode>[]> _children;
    private readonly ClassificationEntry<TCode>[] _roots;

    /// <summary>Initializes a new instance of the <see cref="ClassificationCatalogue{TCode}"/> class.</summary>
    /// <param name="scheme">The scheme the codes belong to.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="entries">The entries; each code once, each parent present.</param>
    /// <exception cref="ArgumentException">A code appears twice, or an entry's parent is missing.</exception>
    public ClassificationCatalogue(ClassificationScheme scheme, int year, IEnumerable<ClassificationEntry<TCode>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Scheme = scheme;
        Year = year;
        var byCode = new Dictionary<TCode, ClassificationEntry<TCode>>();
        foreach (ClassificationEntry<TCode> entry in entries)
        {
            if (!byCode.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"Code {entry.Code} appears twice in the {year} {scheme} catalogue.", nameof(entries));
            }
        }

        var children = new Dictionary<TCode, List<ClassificationEntry<TCode>>>();
        var roots = new List<ClassificationEntry<TCode>>();
        foreach (ClassificationEntry<TCode> entry in byCode.Values)
        {
            if (entry.Parent is not TCode parent)
            {
                roots.Add(entry);
                continue;
            }

            if (!byCode.ContainsKey(parent))
            {
                throw new ArgumentException($"Code {entry.Code} ({entry.Name}) has no parent {parent} in the {year} {scheme} catalogue.", nameof(entries));
            }

            if (!children.TryGetValue(parent, out List<ClassificationEntry<TCode>>? list))
            {
                children[parent] = list = [];
            }

            list.Add(entry);
        }

        Entries = [.. byCode.Values.OrderBy(e => e.Code)];
        _byCode = byCode.ToFrozenDictionary();

        // The answers for known codes are made once, so that looking up a known code allocates nothing.
        _found = byCode.ToFrozenDictionary(kv => kv.Key, kv => new CatalogueLookup<TCode>(kv.Key, year, kv.Value, []));
        _children = children.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderBy(e => e.Code).ToArray());
        _roots = [.. roots.OrderBy(e => e.Code)];
    }

    /// <summary>Gets the scheme.</summary>
    public ClassificationScheme Scheme { get; }

    /// <summary>Gets the fiscal year the catalogue is for.</summary>
    public int Year { get; }

    /// <summary>Gets every entry, parents before children, in code order.</summary>
    public IReadOnlyList<ClassificationEntry<TCode>> Entries { get; }

    /// <summary>Gets the classes (类), in code order.</summary>
    public IReadOnlyList<ClassificationEntry<TCode>> Classes => _roots;

    /// <summary>Gets the number of entries.</summary>
    public int Count => _byCode.Count;

    /// <summary>Tells whether the code is in the catalogue.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(TCode code) => _byCode.ContainsKey(code);

    /// <summary>Finds a code's entry without allocating.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the code is in the catalogue.</returns>
    public bool TryGet(TCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClassificationEntry<TCode>? entry) => _byCode.TryGetValue(code, out entry);

    /// <summary>Looks a code up: its entry, or "not in the catalogue" with the nearest known codes. Never throws for an unknown code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The answer.</returns>
    public CatalogueLookup<TCode> Lookup(TCode code)
        => _found.TryGetValue(code, out CatalogueLookup<TCode>? found)
            ? found
            : new CatalogueLookup<TCode>(code, Year, null, NearestTo(code));

    /// <summary>Gets the children of a code (the sections of a class, the items of a section), in code order.</summary>
    /// <param name="code">The parent code.</param>
    /// <returns>The children; empty when the code has none or is unknown.</returns>
    public IReadOnlyList<ClassificationEntry<TCode>> Children(TCode code)
        => _children.TryGetValue(code, out ClassificationEntry<TCode>[]? list) ? list : [];

    /// <summary>Gets the ancestors of a code that the catalogue holds, the class first.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The ancestors, not including the code itself.</returns>
    public IReadOnlyList<ClassificationEntry<TCode>> Ancestors(TCode code)
    {
        var result = new List<ClassificationEntry<TCode>>(code.Depth);
        for (TCode? parent = code.Parent; parent is TCode p; parent = p.Parent)
        {
            if (_byCode.TryGetValue(p, out ClassificationEntry<TCode>? entry))
            {
                result.Insert(0, entry);
            }
        }

        return result;
    }

    /// <summary>Finds entries whose Chinese name or English label contains the text (case-insensitive for English).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The matching entries in code order, exact name matches first.</returns>
    public IReadOnlyList<ClassificationEntry<TCode>> Search(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        string needle = CatalogueText.NormalizeName(text);
        return [.. Entries
            .Where(e => CatalogueText.NormalizeName(e.Name).Contains(needle, StringComparison.Ordinal)
                || (e.EnglishName?.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(e => CatalogueText.NormalizeName(e.Name) == needle ? 0 : 1)
            .ThenBy(e => e.Code)];
    }

    /// <summary>Tells whether a printed name is the catalogue's name for the code, ignoring full- and half-width forms of brackets and spaces.</summary>
    /// <param name="code">The code.</param>
    /// <param name="printedName">The name as printed in a disclosure.</param>
    /// <returns><see langword="true"/> when the code is known and the names agree.</returns>
    public bool NameMatches(TCode code, string printedName)
        => _byCode.TryGetValue(code, out ClassificationEntry<TCode>? entry)
            && CatalogueText.NormalizeName(entry.Name) == CatalogueText.NormalizeName(printedName);

    private ClassificationEntry<TCode>[] NearestTo(TCode code)
    {
        // The deepest known ancestor bounds the neighbourhood; without one, the classes are the neighbourhood.
        TCode? anchor = null;
        for (TCode? parent = code.Parent; parent is TCode p; parent = p.Parent)
        {
            if (_byCode.ContainsKey(p))
            {
                anchor = p;
                break;
            }
        }

        IEnumerable<ClassificationEntry<TCode>> candidates = anchor is TCode a
            ? Entries.Where(e => e.Depth == code.Depth && e.Code.IsWithinGeneric(a))
            : Entries.Where(e => e.Depth == code.Depth);
        ClassificationEntry<TCode>[] nearest = [.. candidates.OrderBy(e => Math.Abs((long)e.Code.Value - code.Value)).ThenBy(e => e.Code).Take(NearestCount).OrderBy(e => e.Code)];
        if (nearest.Length == 0 && anchor is TCode only)
        {
            nearest = [_byCode[only], .. Children(only).Take(NearestCount - 1)];
        }
        else if (nearest.Length == 0)
        {
            nearest = [.. _roots.OrderBy(e => Math.Abs((long)e.Code.AtDepthGeneric(0).Value - code.AtDepthGeneric(0).Value)).Take(NearestCount).OrderBy(e => e.Code)];
        }

        return nearest;
    }
}
