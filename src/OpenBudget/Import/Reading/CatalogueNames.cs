using System.Collections.Concurrent;
using OpenBudget.Classification;

namespace OpenBudget.Import.Reading;

/// <summary>Finds functional codes by their printed names ("科学技术支出（类）科学技术管理事务（款）行政运行（项）"), within one year's catalogue.</summary>
internal sealed class CatalogueNames
{
    private static readonly ConcurrentDictionary<int, CatalogueNames> Cache = new();
    private readonly Dictionary<string, FunctionalCode> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Parent, string Name), FunctionalCode> _children = [];

    private CatalogueNames(ClassificationCatalogues catalogues)
    {
        Catalogues = catalogues;
        foreach (ClassificationEntry<FunctionalCode> entry in catalogues.Functional.Entries)
        {
            string name = CatalogueText.NormalizeName(entry.Name);
            if (entry.Code.Depth == 0)
            {
                _classes.TryAdd(name, entry.Code);
            }
            else if (entry.Code.Parent is FunctionalCode parent)
            {
                _children.TryAdd((Key(parent), name), entry.Code);
            }
        }
    }

    internal ClassificationCatalogues Catalogues { get; }

    internal static CatalogueNames For(ClassificationCatalogues catalogues) => Cache.GetOrAdd(catalogues.Year, _ => new CatalogueNames(catalogues));

    /// <summary>Finds a class (类) by its name.</summary>
    internal bool TryClass(string name, out FunctionalCode code) => _classes.TryGetValue(CatalogueText.NormalizeName(name), out code);

    /// <summary>Finds a section or item by its name under a parent code.</summary>
    internal bool TryChild(FunctionalCode parent, string name, out FunctionalCode code) => _children.TryGetValue((Key(parent), CatalogueText.NormalizeName(name)), out code);

    /// <summary>Reads a chain "X（类）Y（款）Z（项）" (codes inside the brackets, "（204类）", are accepted); all of its names must be found.</summary>
    internal bool TryChain(string text, out FunctionalCode code)
    {
        code = default;
        string normalized = CatalogueText.NormalizeName(text);
        var parts = new List<string>(3);
        int start = 0;
        for (int i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] != '（')
            {
                continue;
            }

            int close = normalized.IndexOf('）', i);
            if (close < 0)
            {
                break;
            }

            string inner = normalized[(i + 1)..close];
            string level = inner.TrimStart("0123456789".ToCharArray());
            if (level is "类" or "款" or "项")
            {
                parts.Add(normalized[start..i]);
                start = close + 1;
                i = close;
            }
        }

        if (parts.Count == 0 || !TryClass(parts[0], out FunctionalCode current))
        {
            return false;
        }

        for (int p = 1; p < parts.Count; p++)
        {
            if (!TryChild(current, parts[p], out FunctionalCode child))
            {
                return false;
            }

            current = child;
        }

        code = current;
        return true;
    }

    private static int Key(FunctionalCode code) => (code.Value * 4) + code.Depth;
}
