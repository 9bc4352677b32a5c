using System.Buffers;
using System.Text;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Compares printed names: the same name however spaced or width-folded, and near-identical names that differ in one or two characters.</summary>
internal static class NameText
{
    /// <summary>The most edits two names may differ by to count as spellings of one name.</summary>
    public const int MaxEdits = 2;

    /// <summary>The characters <see cref="Key"/> folds: whitespace, half-width brackets, full-width forms other than the full-width brackets.</summary>
    private static readonly SearchValues<char> Folded = SearchValues.Create(FoldedCharacters());

    /// <summary>Folds what printing varies without changing the words: whitespace, full-width letters and digits, half-width brackets.</summary>
    public static string Fold(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        if (!NeedsFolding(name))
        {
            return name;
        }

        // Folding never lengthens a name.
        Span<char> folded = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            switch (c)
            {
                case ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n':
                    continue;
                case '(':
                    folded[length++] = '（';
                    break;
                case ')':
                    folded[length++] = '）';
                    break;
                case >= '\uFF01' and <= '\uFF5E' when c is not '（' and not '）':
                    folded[length++] = (char)(c - 0xFEE0);
                    break;
                default:
                    folded[length++] = c;
                    break;
            }
        }

        return new string(folded[..length]);
    }

    /// <summary>Tells whether <see cref="Key"/> would change a name, so that a name that needs nothing is used as it is.</summary>
    public static bool NeedsFolding(string name) => name.AsSpan().ContainsAny(Folded);

    /// <summary>Removes a trailing word the prose adds to a project name ("…经费委托业务费", "…专项结转").</summary>
    public static string WithoutSuffix(string folded)
    {
        int length = LengthWithoutSuffix(folded);
        return length == folded.Length ? folded : folded[..length];
    }

    /// <summary>Removes a trailing word the prose adds to a project name, without allocating.</summary>
    public static ReadOnlySpan<char> TrimSuffix(string folded) => folded.AsSpan(0, LengthWithoutSuffix(folded));

    private static int LengthWithoutSuffix(string folded)
    {
        // Each suffix is told by its last character before the whole of it is compared.
        if (folded.Length > 0)
        {
            string? suffix = folded[^1] switch
            {
                '费' => "委托业务费",
                '转' => "结转",
                _ => null,
            };
            if (suffix is not null && folded.Length > suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return folded.Length - suffix.Length;
            }
        }

        return folded.Length;
    }

    /// <summary>Removes the "（本级）" a unit list adds to the department's own unit.</summary>
    public static string UnitName(string folded)
        => folded.EndsWith("（本级）", StringComparison.Ordinal) ? folded[..^4] : folded;

    /// <summary>Tells whether two folded names are different spellings of one name: at most <see cref="MaxEdits"/> edits apart, and not differing only in numbers (2025 and 2026, 第十一届 and 第十二届 are different things).</summary>
    public static bool Near(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b) || Math.Abs(a.Length - b.Length) > MaxEdits || Math.Min(a.Length, b.Length) < 4)
        {
            return false;
        }

        return Near(a, Signature(a), b, Signature(b));
    }

    /// <summary>Tells whether two folded names are different spellings of one name, as <see cref="Near(ReadOnlySpan{char}, ReadOnlySpan{char})"/> does, given their <see cref="Signature"/>s.</summary>
    public static bool Near(ReadOnlySpan<char> a, ulong signatureA, ReadOnlySpan<char> b, ulong signatureB)
    {
        if (BitCount(signatureA ^ signatureB) > 2 * MaxEdits || a.SequenceEqual(b) || Math.Abs(a.Length - b.Length) > MaxEdits || Math.Min(a.Length, b.Length) < 4)
        {
            return false;
        }

        return Distance(a, b, MaxEdits) <= MaxEdits && !DiffersOnlyInNumbers(a, b);
    }

    /// <summary>Finds the amount-matching name among candidates: the same folded name first, then without a prose suffix, then a near-identical one.</summary>
    public static bool Matches(string folded, string candidateFolded)
        => string.Equals(folded, candidateFolded, StringComparison.Ordinal)
            || TrimSuffix(folded).SequenceEqual(TrimSuffix(candidateFolded));

    public static ulong Signature(ReadOnlySpan<char> s)
    {
        ulong bits = 0;
        foreach (char c in s)
        {
            bits |= 1UL << (int)((c * 2654435761u) >> 26);
        }

        return bits;
    }

    private static int BitCount(ulong v) => System.Numerics.BitOperations.PopCount(v);

    /// <summary>Levenshtein distance when it is at most <paramref name="limit"/>; otherwise some number above the limit.</summary>
    /// <remarks>Only the band of cells within <paramref name="limit"/> of the diagonal is computed: an alignment of at most that many edits never leaves it.</remarks>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        int outside = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return outside;
        }

        // A common prefix and suffix cost nothing: only what lies between them is aligned.
        int prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        int suffix = 0;
        while (suffix < a.Length && suffix < b.Length && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        a = a[..^suffix];
        b = b[..^suffix];
        if (a.IsEmpty || b.IsEmpty)
        {
            return Math.Min(a.Length + b.Length, outside);
        }

        int n = b.Length;
        Span<int> previous = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> current = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        previous.Fill(outside);
        for (int j = 0; j <= Math.Min(n, limit); j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = Math.Min(i, outside);
            int best = current[0];
            int from = Math.Max(1, i - limit);
            int to = Math.Min(n, i + limit);

            // Cells outside the band are never computed: the ones next to it, read by this row and the next, count as beyond the limit.
            current[from - 1] = from > 1 ? outside : current[0];
            if (to < n)
            {
                current[to + 1] = outside;
            }

            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, outside);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return best;
            }

            Span<int> swap = previous;
            previous = current;
            current = swap;
        }

        return previous[n];
    }

    private static bool DiffersOnlyInNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length;
        int endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        return IsNumeral(a[start..endA]) && IsNumeral(b[start..endB]);
    }

    private static bool IsNumeral(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!(c is >= '0' and <= '9' || "〇零一二三四五六七八九十百".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static string FoldedCharacters()
    {
        var characters = new StringBuilder(" \t\u3000\u00A0\r\n\f\v()");
        for (char c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            if (c is not '（' and not '）')
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }

    /// <summary>Normalises and folds a printed name for comparison.</summary>
    public static string Key(string? name)
        => name is null ? "" : NeedsFolding(name) ? Fold(PrintedText.Normalize(name)) : name;
}
