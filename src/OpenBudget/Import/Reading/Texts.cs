using System.Buffers;
using System.Runtime.CompilerServices;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Small text tests and clean-ups the readers share.</summary>
internal static class Texts
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\u3000\u00A0\r\n\f");

    /// <summary>The spaces without the ideographic and no-break ones, which most lines lack: a search for ASCII characters alone is much faster.</summary>
    private static readonly SearchValues<char> AsciiSpaces = SearchValues.Create(" \t\r\n\f");

    /// <summary>Removes the markup an extraction leaves (&lt;p&gt;, &lt;/p&gt;, &lt;br&gt;, **) and normalises the text (see <see cref="PrintedText.Normalize(string?)"/>).</summary>
    internal static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return PrintedText.Normalize(StripMarkup(text));
    }

    internal static string StripMarkup(string text)
    {
        // One search for either mark's first character answers for almost every text.
        if (text.AsSpan().IndexOfAny('<', '*') < 0 || (text.IndexOf('<', StringComparison.Ordinal) < 0 && text.IndexOf("**", StringComparison.Ordinal) < 0))
        {
            return text;
        }

        return text.Replace("<p>", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("</p>", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("<br>", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("<br/>", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("**", "", StringComparison.Ordinal);
    }

    /// <summary>Finds the first of some characters at or after an index (as <see cref="string.IndexOfAny(char[], int)"/>, without an array).</summary>
    /// <returns>The index, or -1.</returns>
    internal static int IndexOfAny(string text, ReadOnlySpan<char> chars, int from = 0)
    {
        int at = text.AsSpan(from).IndexOfAny(chars);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Finds the first of some characters in a range of a text (as <see cref="string.IndexOfAny(char[], int, int)"/>, without an array).</summary>
    /// <returns>The index, or -1.</returns>
    internal static int IndexOfAny(string text, ReadOnlySpan<char> chars, int from, int count)
    {
        int at = text.AsSpan(from, count).IndexOfAny(chars);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Finds the last of some characters at or before an index (as <see cref="string.LastIndexOfAny(char[], int)"/>, without an array).</summary>
    /// <returns>The index, or -1.</returns>
    internal static int LastIndexOfAny(string text, ReadOnlySpan<char> chars, int startIndex)
        => text.AsSpan(0, startIndex + 1).LastIndexOfAny(chars);

    /// <summary>Removes some characters from both ends of a text (as <see cref="string.Trim(char[])"/>, without an array); the text itself when none is there.</summary>
    internal static string Trim(string text, ReadOnlySpan<char> chars) => SameOrCopy(text, text.AsSpan().Trim(chars));

    /// <summary>Removes some characters from the start of a text (as <see cref="string.TrimStart(char[])"/>, without an array).</summary>
    internal static string TrimStart(string text, ReadOnlySpan<char> chars) => SameOrCopy(text, text.AsSpan().TrimStart(chars));

    /// <summary>Removes some characters from the end of a text (as <see cref="string.TrimEnd(char[])"/>, without an array).</summary>
    internal static string TrimEnd(string text, ReadOnlySpan<char> chars) => SameOrCopy(text, text.AsSpan().TrimEnd(chars));

    /// <summary>Removes every space, for matching words however the extraction spaced them.</summary>
    internal static string Compact(string text)
    {
        ReadOnlySpan<char> rest = text;
        SearchValues<char> spaces = SpacesIn(rest);
        int space = rest.IndexOfAny(spaces);
        if (space < 0)
        {
            return text;
        }

        // Copy the runs between spaces, found by vectorised search, into a stack or pooled buffer.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        while (space >= 0)
        {
            rest[..space].CopyTo(buffer[length..]);
            length += space;
            rest = rest[(space + 1)..];
            space = rest.IndexOfAny(spaces);
        }

        rest.CopyTo(buffer[length..]);
        length += rest.Length;
        string result = new(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Counts the characters of a text that are not spaces, stopping at <paramref name="limit"/> (at least 1).</summary>
    internal static int CountNonSpace(string text, int limit)
    {
        int count = 0;
        ReadOnlySpan<char> rest = text;
        SearchValues<char> spaces = SpacesIn(rest);
        while (count < limit)
        {
            int space = rest.IndexOfAny(spaces);
            if (space < 0)
            {
                count += rest.Length;
                break;
            }

            count += space;
            rest = rest[(space + 1)..];
        }

        return Math.Min(count, limit);
    }

    /// <summary>Chooses the spaces to search a text for: the ASCII ones alone unless it holds an ideographic or no-break space.</summary>
    private static SearchValues<char> SpacesIn(ReadOnlySpan<char> text) => text.IndexOfAny('\u3000', '\u00A0') < 0 ? AsciiSpaces : Spaces;

    private static string SameOrCopy(string text, ReadOnlySpan<char> trimmed) => trimmed.Length == text.Length ? text : trimmed.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\r' or '\n' or '\f' : c is '\u3000' or '\u00A0';

    internal static bool IsCjk(char c) => PrintedText.IsCjk(c);

    internal static bool HasCjk(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c >= '\u3400' && c <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a cell holds an amount (not blank): "5,590.76", "0", "－12.00".</summary>
    internal static bool TryAmount(string cell, out Amount amount)
    {
        amount = Amount.Blank;
        if (cell.Length == 0)
        {
            return false;
        }

        char first = cell[0];
        if (!(first is (>= '0' and <= '9') or '-' or '－' or '−' or '+' or (>= '０' and <= '９')))
        {
            return false;
        }

        return Amount.TryParse(cell.AsSpan(), out amount, out _) && amount.HasValue;
    }

    /// <summary>Tells whether a cell is a printed blank: "-", "—", "－", "/".</summary>
    internal static bool IsBlankMarker(string cell) => cell is "-" or "—" or "－" or "--" or "——" or "–" or "―" or "/" or "／";

    /// <summary>Tells whether a cell is digits only (a code column).</summary>
    internal static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a compacted label is a total: 合计, 总计, 收入总计, 支出总计, 总合计, 本年收入合计 is not one.</summary>
    internal static bool IsTotalWord(string compact)
    {
        ReadOnlySpan<char> s = compact.AsSpan().TrimEnd(":：");
        return s is "合计" or "总计" or "收入总计" or "支出总计" or "总合计" or "合计数" or "收入合计" or "支出合计" or "收支总计" or "本表合计";
    }

    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(" \t\u3000");
        if (text.IsEmpty)
        {
            return false;
        }

        char last = text[^1];
        if (last is '”' or '’' or '）' or ')' && text.Length > 1)
        {
            last = text[^2];
        }

        return last is '。' or '；' or ';' or '！' or '？' or '!' or '?' or '：' or ':';
    }

    internal static bool HasSentencePunctuation(ReadOnlySpan<char> text)
        => text.IndexOfAny("，。；") >= 0;

    /// <summary>Reads the numbering at the start of a normalised text and returns the text after it.</summary>
    internal static NumberingKind Numbering(string text, out string rest, out int number)
    {
        NumberingKind kind = Numbering(text, out Range after, out number);
        rest = kind == NumberingKind.None ? text : text[after];
        return kind;
    }

    /// <summary>Reads the kind of numbering at the start of a normalised text, without taking the text after it.</summary>
    internal static NumberingKind Numbering(string text) => Numbering(text, out Range _, out _);

    /// <summary>Reads the numbering at the start of a normalised text: its kind, its number and where the text after it stands, trimmed.</summary>
    private static NumberingKind Numbering(string text, out Range after, out int number)
    {
        after = default;
        number = 0;
        ReadOnlySpan<char> s = text.AsSpan().TrimStart("-•* ");
        int offset = text.Length - s.Length;
        if (s.IsEmpty)
        {
            return NumberingKind.None;
        }

        if (s[0] == '第')
        {
            int k = 1;
            while (k < s.Length && IsChineseDigit(s[k]))
            {
                k++;
            }

            if (k > 1 && s[k..].StartsWith("部分", StringComparison.Ordinal))
            {
                number = ChineseNumber(s[1..k]);
                after = Rest(s, k + 2, offset);
                return NumberingKind.Part;
            }
        }

        if (IsChineseDigit(s[0]))
        {
            int k = 0;
            while (k < s.Length && IsChineseDigit(s[k]))
            {
                k++;
            }

            if (k < s.Length && k <= 3 && s[k] is '、' or '．' or ',' or '，')
            {
                number = ChineseNumber(s[..k]);
                after = Rest(s, k + 1, offset);
                return NumberingKind.Chinese;
            }
        }

        if (s[0] is '（' or '(')
        {
            int close = s.IndexOfAny('）', ')');
            if (close > 1 && close <= 5)
            {
                ReadOnlySpan<char> inner = s[1..close].Trim();
                if (IsDigits(inner))
                {
                    number = int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture);
                    after = Rest(s, close + 1, offset);
                    return NumberingKind.ParenArabic;
                }

                bool chinese = inner.Length > 0;
                foreach (char c in inner)
                {
                    chinese &= IsChineseDigit(c);
                }

                if (chinese)
                {
                    number = ChineseNumber(inner);
                    after = Rest(s, close + 1, offset);
                    return NumberingKind.ParenChinese;
                }
            }
        }

        if (s[0] is >= '0' and <= '9')
        {
            int k = 0;
            while (k < s.Length && s[k] is >= '0' and <= '9')
            {
                k++;
            }

            bool yearFollows = k + 6 <= s.Length && IsDigits(s.Slice(k + 1, 4)) && s[k + 5] == '年';
            if (k <= 3 && k < s.Length && s[k] is '.' or '、' or '．' && (yearFollows || !(k + 1 < s.Length && s[k + 1] is >= '0' and <= '9')))
            {
                number = int.Parse(s[..k], System.Globalization.CultureInfo.InvariantCulture);
                after = Rest(s, k + 1, offset);
                return NumberingKind.Arabic;
            }
        }

        return NumberingKind.None;
    }

    /// <summary>Where the text after a numbering stands in the whole text, trimmed as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> trims.</summary>
    private static Range Rest(ReadOnlySpan<char> s, int from, int offset)
    {
        ReadOnlySpan<char> rest = s[from..];
        ReadOnlySpan<char> trimmed = rest.TrimStart();
        int start = offset + from + (rest.Length - trimmed.Length);
        return new Range(start, start + trimmed.TrimEnd().Length);
    }

    internal static bool IsChineseDigit(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零';

    internal static int ChineseNumber(ReadOnlySpan<char> s)
    {
        int total = 0;
        int digit = 0;
        foreach (char c in s)
        {
            int d = c switch
            {
                '一' => 1,
                '二' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => 0,
            };
            if (c == '十')
            {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            }
            else
            {
                digit = d;
            }
        }

        return total + digit;
    }

    /// <summary>Removes a leading "其中：" or "其中:" and tells whether it was there.</summary>
    internal static bool StripOfWhich(string text, out string rest)
    {
        if (text.StartsWith("其中", StringComparison.Ordinal))
        {
            rest = text.AsSpan(2).TrimStart("：:，, ").ToString();
            return true;
        }

        rest = text;
        return false;
    }

    /// <summary>Reads the year a text starts with or names ("2026 年…", "…2025年区级部门预算").</summary>
    internal static int? FindYear(string compact)
    {
        for (int i = 0; i + 4 < compact.Length; i++)
        {
            if (compact[i] is '1' or '2' && IsDigits(compact.AsSpan(i, 4)) && compact[i + 4] == '年' && (i == 0 || compact[i - 1] is < '0' or > '9'))
            {
                int year = int.Parse(compact.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (year is >= 1990 and <= 2100)
                {
                    return year;
                }
            }
        }

        return null;
    }
}
