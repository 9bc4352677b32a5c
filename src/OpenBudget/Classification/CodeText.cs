using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenBudget.Classification;

/// <summary>Reads and writes the digit groups of classification codes (3 digits, then 2 per level).</summary>
internal static class CodeText
{
    internal const int ClassDigits = 3;
    internal const int LevelDigits = 2;

    /// <summary>Reads "2060404", "206 04 04", "206|04|04", "206-04-04" or "206.04.04" into a number and a depth.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, int maxDepth, string kind, out int value, out int depth, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        depth = -1;
        text = Trim(text);
        if (text.IsEmpty)
        {
            error = $"An empty text is not {WithArticle(kind)} code.";
            return false;
        }

        Span<int> groupLengths = stackalloc int[8];
        int groups = 0;
        int current = 0;
        int digits = 0;
        bool separated = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int d = DigitValue(c);
            if (d >= 0)
            {
                value = (value * 10) + d;
                current++;
                digits++;
                if (digits > ClassDigits + (maxDepth * LevelDigits))
                {
                    error = $"'{text}' is not {WithArticle(kind)} code: it has more than {ClassDigits + (maxDepth * LevelDigits)} digits.";
                    return false;
                }

                continue;
            }

            if (IsSeparator(c))
            {
                if (current == 0)
                {
                    // Runs of separators ("206  04") count as one.
                    if (groups == 0)
                    {
                        error = $"'{text}' is not {WithArticle(kind)} code: it starts with a separator.";
                        return false;
                    }

                    continue;
                }

                if (groups == groupLengths.Length)
                {
                    error = $"'{text}' is not {WithArticle(kind)} code: it has too many digit groups.";
                    return false;
                }

                groupLengths[groups++] = current;
                current = 0;
                separated = true;
                continue;
            }

            error = $"'{text}' is not {WithArticle(kind)} code: '{c}' at position {i + 1} is neither a digit nor a separator.";
            return false;
        }

        if (current > 0)
        {
            groupLengths[groups++] = current;
        }

        if (separated)
        {
            if (groupLengths[0] != ClassDigits)
            {
                error = $"'{text}' is not {WithArticle(kind)} code: the class (类) needs {ClassDigits} digits, found {groupLengths[0]}.";
                return false;
            }

            for (int g = 1; g < groups; g++)
            {
                if (groupLengths[g] != LevelDigits)
                {
                    error = $"'{text}' is not {WithArticle(kind)} code: digit group {g + 1} needs {LevelDigits} digits, found {groupLengths[g]}.";
                    return false;
                }
            }
        }
        else if (digits < ClassDigits || (digits - ClassDigits) % LevelDigits != 0)
        {
            error = $"'{text}' is not {WithArticle(kind)} code: it has {digits} digits; {WithArticle(kind)} code has {AllowedLengths(maxDepth)}.";
            return false;
        }

        depth = (digits - ClassDigits) / LevelDigits;
        if (depth > maxDepth)
        {
            error = $"'{text}' is not {WithArticle(kind)} code: it has {digits} digits; {WithArticle(kind)} code has {AllowedLengths(maxDepth)}.";
            return false;
        }

        if (value < 100 * Pow10(depth * LevelDigits))
        {
            error = $"'{text}' is not {WithArticle(kind)} code: a class (类) cannot start with 0.";
            return false;
        }

        for (int level = 1; level <= depth; level++)
        {
            int group = value / Pow10((depth - level) * LevelDigits) % 100;
            if (group == 0)
            {
                error = $"'{text}' is not {WithArticle(kind)} code: level {level + 1} is 00, which no catalogue uses.";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>Reads a code printed in separate class/section/item columns (类/款/项); messages name the columns joined by '|'.</summary>
    internal static bool TryReadColumns(ReadOnlySpan<char> classText, ReadOnlySpan<char> sectionText, ReadOnlySpan<char> itemText, int maxDepth, string kind, out int value, out int depth, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        depth = -1;
        classText = Trim(classText);
        sectionText = Trim(sectionText);
        itemText = Trim(itemText);
        if (sectionText.IsEmpty && !itemText.IsEmpty)
        {
            error = $"'{classText}|{sectionText}|{itemText}' is not {WithArticle(kind)} code: an item (项) is printed without its section (款).";
            return false;
        }

        if (classText.IsEmpty && !sectionText.IsEmpty)
        {
            string columns = maxDepth >= 2 ? $"|{sectionText}|{itemText}" : $"|{sectionText}";
            error = $"'{columns}' is not {WithArticle(kind)} code: the class (类) column is blank.";
            return false;
        }

        // '|' is itself a separator, so the joined columns read as the printed form "206|04|04" and errors quote it.
        Span<char> buffer = stackalloc char[32];
        int n = 0;
        if (!TryAppend(buffer, ref n, classText)
            || (!sectionText.IsEmpty && !(TryAppend(buffer, ref n, "|") && TryAppend(buffer, ref n, sectionText)))
            || (!itemText.IsEmpty && !(TryAppend(buffer, ref n, "|") && TryAppend(buffer, ref n, itemText))))
        {
            error = $"'{classText}|{sectionText}|{itemText}' is not {WithArticle(kind)} code: the columns are too long.";
            return false;
        }

        return TryRead(buffer[..n], maxDepth, kind, out value, out depth, out error);
    }

    /// <summary>Gives the kind of code with its indefinite article: "a functional", "an economic".</summary>
    internal static string WithArticle(string kind) => kind.Length > 0 && "aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an " + kind : "a " + kind;

    internal static int Pow10(int exponent) => exponent switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1_000,
        4 => 10_000,
        5 => 100_000,
        6 => 1_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(exponent)),
    };

    internal static int Length(int depth) => ClassDigits + (depth * LevelDigits);

    /// <summary>Writes the code; format "G" (or empty) gives "2060404", "S" gives "206 04 04", "P" gives "206|04|04".</summary>
    internal static bool TryFormat(int value, int depth, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
    {
        char separator = format.IsEmpty || format is "G" or "g" or "D" or "d" ? '\0'
            : format is "S" or "s" ? ' '
            : format is "P" or "p" ? '|'
            : format is "-" ? '-'
            : throw new FormatException($"'{format}' is not a code format; use G (2060404), S (206 04 04), P (206|04|04) or - (206-04-04).");
        int length = Length(depth) + (separator == '\0' ? 0 : depth);
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        int digitsLeft = Length(depth);
        int pos = 0;
        for (int i = 0; i < Length(depth); i++)
        {
            if (separator != '\0' && i >= ClassDigits && (i - ClassDigits) % LevelDigits == 0)
            {
                destination[pos++] = separator;
            }

            int digit = value / Pow10(digitsLeft - 1) % 10;
            destination[pos++] = (char)('0' + digit);
            digitsLeft--;
        }

        charsWritten = pos;
        return true;
    }

    internal static string Format(int value, int depth, ReadOnlySpan<char> format)
    {
        Span<char> buffer = stackalloc char[16];
        return TryFormat(value, depth, buffer, out int written, format) ? new string(buffer[..written]) : throw new FormatException("Code too long.");
    }

    internal static bool TryFormatUtf8(int value, int depth, Span<byte> destination, out int bytesWritten, ReadOnlySpan<char> format)
    {
        Span<char> buffer = stackalloc char[16];
        if (!TryFormat(value, depth, buffer, out int written, format) || destination.Length < written)
        {
            bytesWritten = 0;
            return false;
        }

        for (int i = 0; i < written; i++)
        {
            destination[i] = (byte)buffer[i];
        }

        bytesWritten = written;
        return true;
    }

    private static bool TryAppend(Span<char> buffer, ref int n, ReadOnlySpan<char> text)
    {
        if (n + text.Length > buffer.Length)
        {
            return false;
        }

        text.CopyTo(buffer[n..]);
        n += text.Length;
        return true;
    }

    private static string AllowedLengths(int maxDepth) => maxDepth switch
    {
        0 => "3 digits",
        1 => "3 or 5 digits",
        _ => "3, 5 or 7 digits",
    };

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '|' or '-' or '.' or '\u3000' or '\u00A0' or '／' or '/' or '｜' or '－';

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.Trim(" \t\r\n\u3000\u00A0");

    internal static string Describe(int value, int depth) => Format(value, depth, "S");

    internal static int ParseInvariant(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
