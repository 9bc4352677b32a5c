namespace OpenBudget.Validation;

/// <summary>RFC 6901 JSON Pointer helpers.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes a reference token: "~" becomes "~0" and "/" becomes "~1".</summary>
    public static string Escape(string token)
        => token.AsSpan().IndexOfAny('~', '/') < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Compares two pointers in document order: the disclosure's parts as serialized (overview, tables, explanations, performance), then token by token, numeric tokens by number, others ordinally, a pointer before those that continue it.</summary>
    /// <remarks>The tokens before the first character that differs are equal, so only the token it falls in is compared.</remarks>
    public static int Compare(string? left, string? right)
    {
        ReadOnlySpan<char> a = left;
        ReadOnlySpan<char> b = right;
        int part = Part(a).CompareTo(Part(b));
        if (part != 0)
        {
            return part;
        }

        int common = a.CommonPrefixLength(b);
        if (common == a.Length && common == b.Length)
        {
            return 0;
        }

        int start = a[..common].LastIndexOf('/') + 1;
        int order = CompareToken(Token(a[start..]), Token(b[start..]));
        return order != 0 ? order : a.Length.CompareTo(b.Length);
    }

    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> rest)
    {
        int end = rest.IndexOf('/');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The rank of a pointer into the tables among the disclosure's parts (see <see cref="Part"/>).</summary>
    public const int TablesPart = 1;

    /// <summary>Ranks the part of the disclosure a pointer leads into, in document order: overview 0, tables 1, explanations 2, performance 3, else 4.</summary>
    public static int Part(ReadOnlySpan<char> pointer)
        => pointer.Length > 0 && pointer[0] == '/' ? PartOfFirstToken(pointer[1..]) : OtherPart;

    /// <summary>Ranks the part of the disclosure a pointer leads into (see <see cref="Part"/>) by what follows its first "/".</summary>
    public static int PartOfFirstToken(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("overview"))
        {
            return 0;
        }

        if (rest.StartsWith("tables"))
        {
            return TablesPart;
        }

        if (rest.StartsWith("explanations"))
        {
            return 2;
        }

        return rest.StartsWith("performance") ? 3 : OtherPart;
    }

    /// <summary>The rank of a pointer into none of the disclosure's four parts.</summary>
    public const int OtherPart = 4;

    private static int CompareToken(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        bool na = a.Length > 0 && IsDigits(a);
        bool nb = b.Length > 0 && IsDigits(b);
        if (na && nb)
        {
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
        }

        return a.SequenceCompareTo(b);
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
