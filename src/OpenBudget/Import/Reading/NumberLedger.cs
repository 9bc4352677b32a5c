using System.Buffers;

namespace OpenBudget.Import.Reading;

/// <summary>Finds every number of the input (amounts, percentages, quantities) and records whether the import placed it, so that nothing is dropped silently.</summary>
/// <remarks>
/// Codes, dates, document numbers ("〔2023〕4 号"), ordinals ("第 3 届"), list numbering ("1.", "（一）", "2、"), table numbers
/// ("表 1"), page numbers and identifiers (digits touching Latin letters, runs of seven or more digits such as telephone
/// numbers) are not numbers here. Readers mark what they consume: <see cref="Place(PrintedLine, ReadOnlySpan{char})"/> for
/// values, <see cref="KeepText(PrintedLine, string)"/> for numbers kept inside verbatim text, <see cref="Exclude(PrintedLine, ReadOnlySpan{char})"/> for codes.
/// </remarks>
internal sealed class NumberLedger
{
    private const byte Unplaced = 0;
    private const byte Placed = 1;
    private const byte InText = 2;
    private const byte Excluded = 3;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");

    private readonly IReadOnlyList<PrintedLine> _lines;
    /// <summary>The index of each line by its number; <see langword="null"/> when the lines are numbered consecutively, so that the number gives the index.</summary>
    private readonly Dictionary<int, int>? _indexByLineNumber;
    private readonly int _firstNumber;
    private readonly List<Token> _tokens;
    private readonly int[] _first;
    private readonly int[] _count;

    internal NumberLedger(IReadOnlyList<PrintedLine> lines)
    {
        _lines = lines;
        _tokens = new List<Token>(lines.Count * 2);
        _first = new int[lines.Count];
        _count = new int[lines.Count];
        _firstNumber = lines.Count > 0 ? lines[0].LineNumber : 0;
        bool consecutive = true;
        for (int i = 0; i < lines.Count && consecutive; i++)
        {
            consecutive = lines[i].LineNumber == _firstNumber + i;
        }

        if (!consecutive)
        {
            _indexByLineNumber = new Dictionary<int, int>(lines.Count);
            for (int i = 0; i < lines.Count; i++)
            {
                _indexByLineNumber[lines[i].LineNumber] = i;
            }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            _first[i] = _tokens.Count;
            Scan(lines[i].RawText, _tokens);
            _count[i] = _tokens.Count - _first[i];
            ExcludeDateCutAtLineEnd(lines, i);
        }
    }

    /// <summary>Finds the index of a line by its number.</summary>
    private bool TryIndexOf(PrintedLine line, out int index)
    {
        if (_indexByLineNumber is not null)
        {
            return _indexByLineNumber.TryGetValue(line.LineNumber, out index);
        }

        index = line.LineNumber - _firstNumber;
        return (uint)index < (uint)_lines.Count;
    }

    /// <summary>A year printed at the end of a line whose 年 wrapped onto the next line ("…。2023" + "年当年…") is a date.</summary>
    private void ExcludeDateCutAtLineEnd(IReadOnlyList<PrintedLine> lines, int i)
    {
        if (_count[i] == 0 || i + 1 >= lines.Count)
        {
            return;
        }

        int last = _first[i] + _count[i] - 1;
        Token token = _tokens[last];
        string raw = lines[i].RawText;
        if (raw.AsSpan(token.Start + token.Length).Trim().Length > 0)
        {
            return;
        }

        ReadOnlySpan<char> next = lines[i + 1].RawText.AsSpan().TrimStart();
        if (next.Length > 0 && next[0] is '年' or '月' or '日' or '号')
        {
            _tokens[last] = token with { State = Excluded };
        }
    }

    /// <summary>Marks a number of a line as placed as a value; returns false when the line holds no such unplaced number.</summary>
    internal bool Place(PrintedLine line, ReadOnlySpan<char> number) => Mark(line, number, Placed, [Unplaced, InText]);

    /// <summary>Marks the given occurrence of a number on a line as placed, or the first unplaced one when that occurrence is taken.</summary>
    internal bool Place(PrintedLine line, ReadOnlySpan<char> number, int occurrence)
    {
        if (!TryIndexOf(line, out int index))
        {
            return false;
        }

        string raw = line.RawText;
        int seen = 0;
        for (int t = _first[index]; t < _first[index] + _count[index]; t++)
        {
            Token token = _tokens[t];
            if (!SameNumber(raw.AsSpan(token.Start, token.Length), number))
            {
                continue;
            }

            if (seen++ == occurrence && token.State is Unplaced or InText)
            {
                _tokens[t] = token with { State = Placed };
                return true;
            }
        }

        return Place(line, number);
    }

    /// <summary>Marks a number of a line as not a number (a code the reader consumed).</summary>
    internal bool Exclude(PrintedLine line, ReadOnlySpan<char> number) => Mark(line, number, Excluded, [Unplaced, InText]);

    /// <summary>Marks every number of a line as not a number (a table of contents entry).</summary>
    internal void ExcludeLine(PrintedLine line)
    {
        if (!TryIndexOf(line, out int index))
        {
            return;
        }

        for (int t = _first[index]; t < _first[index] + _count[index]; t++)
        {
            _tokens[t] = _tokens[t] with { State = Excluded };
        }
    }

    /// <summary>Marks the unplaced numbers of a line that appear in a text the model keeps verbatim.</summary>
    internal void KeepText(PrintedLine line, string text)
    {
        if (!TryIndexOf(line, out int index))
        {
            return;
        }

        string raw = line.RawText;
        for (int t = _first[index]; t < _first[index] + _count[index]; t++)
        {
            Token token = _tokens[t];
            if (token.State == Unplaced && ContainsDigits(text, raw.AsSpan(token.Start, token.Length)))
            {
                _tokens[t] = token with { State = InText };
            }
        }
    }

    /// <summary>Marks every unplaced number of a line as kept in text.</summary>
    internal void KeepText(PrintedLine line)
    {
        if (!TryIndexOf(line, out int index))
        {
            return;
        }

        for (int t = _first[index]; t < _first[index] + _count[index]; t++)
        {
            if (_tokens[t].State == Unplaced)
            {
                _tokens[t] = _tokens[t] with { State = InText };
            }
        }
    }

    /// <summary>Counts and lists the numbers.</summary>
    internal ImportCoverage ToCoverage()
    {
        int found = 0;
        int placed = 0;
        int inText = 0;
        var notPlaced = new List<UnplacedNumber>();
        for (int i = 0; i < _lines.Count; i++)
        {
            PrintedLine line = _lines[i];
            for (int t = _first[i]; t < _first[i] + _count[i]; t++)
            {
                Token token = _tokens[t];
                switch (token.State)
                {
                    case Excluded:
                        continue;
                    case Placed:
                        placed++;
                        break;
                    case InText:
                        inText++;
                        break;
                    default:
                        notPlaced.Add(new UnplacedNumber(line.RawText.Substring(token.Start, token.Length), line.LineNumber, line.Page, Context(line.RawText, token)));
                        break;
                }

                found++;
            }
        }

        return new ImportCoverage { Found = found, PlacedAsValues = placed, KeptInText = inText, NotPlaced = notPlaced };
    }

    /// <summary>Finds the numbers of a text; exposed for tests of what counts as a number.</summary>
    internal static List<string> NumbersIn(string text)
    {
        var tokens = new List<Token>();
        Scan(text, tokens);
        return [.. tokens.Where(t => t.State == Unplaced).Select(t => text.Substring(t.Start, t.Length))];
    }

    private bool Mark(PrintedLine line, ReadOnlySpan<char> number, byte state, ReadOnlySpan<byte> from)
    {
        if (!TryIndexOf(line, out int index))
        {
            return false;
        }

        string raw = line.RawText;
        for (int t = _first[index]; t < _first[index] + _count[index]; t++)
        {
            Token token = _tokens[t];
            if (from.Contains(token.State) && SameNumber(raw.AsSpan(token.Start, token.Length), number))
            {
                _tokens[t] = token with { State = state };
                return true;
            }
        }

        return false;
    }

    private static string Context(string raw, Token token)
    {
        int from = Math.Max(0, token.Start - 16);
        int to = Math.Min(raw.Length, token.Start + token.Length + 16);
        return raw[from..to].Replace('\t', ' ').Trim();
    }

    /// <summary>Compares two printed numbers by their digits and decimal point, ignoring thousands separators, spaces, percent signs and full-width forms.</summary>
    internal static bool SameNumber(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < a.Length && IsIgnorable(a[i]))
            {
                i++;
            }

            while (j < b.Length && IsIgnorable(b[j]))
            {
                j++;
            }

            if (i >= a.Length || j >= b.Length)
            {
                return i >= a.Length && j >= b.Length;
            }

            if (Fold(a[i]) != Fold(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static bool ContainsDigits(string text, ReadOnlySpan<char> number)
    {
        // The text is normalised (spaces and separators as printed), so look for the number with and without separators.
        Span<char> plain = stackalloc char[Math.Min(number.Length, 64)];
        int n = 0;
        foreach (char c in number)
        {
            if (!IsIgnorable(c) && n < plain.Length)
            {
                plain[n++] = Fold(c);
            }
        }

        return text.AsSpan().IndexOf(number.Trim()) >= 0 || text.AsSpan().IndexOf(plain[..n]) >= 0;
    }

    private static bool IsIgnorable(char c) => c is ',' or '，' or ' ' or '%' or '％' or '\u3000';

    private static char Fold(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
        '．' => '.',
        _ => c,
    };

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\uFF10' and <= '\uFF19');

    private static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static void Scan(string text, List<Token> tokens)
    {
        if (IsPageNumberLine(text))
        {
            return;
        }

        int n = text.Length;
        int i = 0;

        // Full-width digits are rare: look for them only in a line that has one, and for ASCII digits with a plain range search otherwise.
        bool fullWidth = text.AsSpan().IndexOfAnyInRange('０', '９') >= 0;
        while (i < n)
        {
            int skip = fullWidth ? text.AsSpan(i).IndexOfAny(Digits) : text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (skip < 0)
            {
                break;
            }

            i += skip;
            int start = i;
            int dots = 0;
            int digits = 0;
            while (i < n)
            {
                char d = text[i];
                if (IsDigit(d))
                {
                    digits++;
                    i++;
                }
                else if ((d is ',' or '.' or '．') && i + 1 < n && IsDigit(text[i + 1]))
                {
                    dots += d is '.' or '．' ? 1 : 0;
                    i++;
                }
                else
                {
                    break;
                }
            }

            int end = i;
            bool percent = end < n && text[end] is '%' or '％';
            int length = end - start + (percent ? 1 : 0);
            bool excluded = IsExcluded(text, start, end, dots, digits, percent);
            tokens.Add(new Token(start, length, excluded ? Excluded : Unplaced));
            i = percent ? end + 1 : end;
        }
    }

    private static bool IsExcluded(string text, int start, int end, int dots, int digits, bool percent)
    {
        int n = text.Length;
        char before = start > 0 ? text[start - 1] : '\0';
        char after = end < n ? text[end] : '\0';
        if (dots >= 2 || IsLatinLetter(before) || IsLatinLetter(after) || before is '&' or '_' || after is '_')
        {
            return true;
        }

        bool integer = dots == 0 && text.AsSpan(start, end - start).IndexOf(',') < 0;
        if (integer && digits >= 7)
        {
            return true;
        }

        if (percent)
        {
            return false;
        }

        int a = end;
        while (a < n && text[a] is ' ' or '\u3000')
        {
            a++;
        }

        char next = a < n ? text[a] : '\0';
        int b = start - 1;
        while (b >= 0 && text[b] is ' ' or '\u3000')
        {
            b--;
        }

        char previous = b >= 0 ? text[b] : '\0';
        if (next is '年' or '月' or '日' or '号' || previous is '第' or '表')
        {
            return true;
        }

        if (integer && before is '（' or '(' && next is '类' or '款' or '项')
        {
            return true;
        }

        if (integer && next is '-' or '—' or '–' or '~' or '～' or '至' && FollowedByDatePart(text, a + 1))
        {
            return true;
        }

        if (integer && digits == 4 && before is '〔' or '【' or '[' or '（' or '(' && after is '〕' or '】' or ']' or '）' or ')')
        {
            return true;
        }

        if (integer && digits <= 2)
        {
            if (after is '、')
            {
                return true;
            }

            if (before is '(' or '（' && after is ')' or '）')
            {
                return true;
            }

            if (after is '.' or '．' && AtItemStart(text, start) && !(end + 1 < n && IsDigit(text[end + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByDatePart(string text, int i)
    {
        int n = text.Length;
        while (i < n && text[i] == ' ')
        {
            i++;
        }

        if (i >= n || !IsDigit(text[i]))
        {
            return false;
        }

        while (i < n && (IsDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        while (i < n && text[i] == ' ')
        {
            i++;
        }

        return i < n && text[i] is '年' or '月' or '日';
    }

    private static bool AtItemStart(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ' ' or '\u3000' or '-' or '•' or '*')
            {
                continue;
            }

            return c is '。' or '；' or ';' or '：' or ':' or '\t' or '>';
        }

        return true;
    }

    private static bool IsPageNumberLine(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim(" \t\u3000-—·");
        if (s.IsEmpty)
        {
            return false;
        }

        if (s.StartsWith("第") && s.EndsWith("页"))
        {
            s = s[1..^1].Trim();
        }

        foreach (char c in s)
        {
            if (!IsDigit(c) && c is not (' ' or '/'))
            {
                return false;
            }
        }

        return s.Length <= 7;
    }

    private readonly record struct Token(int Start, int Length, byte State);
}
