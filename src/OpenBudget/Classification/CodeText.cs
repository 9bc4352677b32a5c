using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenBudget.Classification;

/// <summary>Reads and writes the digit groups of classification codes (3 digits, then 2 per level).</summary>
internal static class CodeText
{
    internal const int ClassDigits = 3;
    internal const int LevelDigits = 2;

    /// <summary>Reads "2060404", "206 04 04", "206|04|04", "206-04-04" or "206.04.04" into a number and a depth.</summary>
    /// <remarks>Neither path allocates when the text is a code; the messages are built only for text that is not.</remarks>
    internal static bool TryRead(ReadOnlySpan<char> text, int maxDepth, string kind, out int value, out int depth, [NotNullWhen(false)] out string? error)
    {
        if (TryReadDigits(text, maxDepth, out value, out depth))
        {
            error = null;
            return true;
        }

        return TryReadPrinted(text, maxDepth, kind, out value, out depth, out error);
    }

    /// <summary>The form most data holds, plain ASCII digits of a valid length with no 00 level, read in one pass.</summary>
    private static bool TryReadDigits(ReadOnlySpan<char> text, int maxDepth, out int value, out int depth)
    {
        value = 0;
        depth = (text.Length - ClassDigits) / LevelDigits;
        if (text.Length < ClassDigits || (text.Length - ClassDigits) % LevelDigits != 0 || depth > maxDepth || text[0] is < '1' or > '9')
        {
            return false;
        }

        int group = 0;
        for (int i = 0; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
            group = (group * 10) + (int)digit;
            if (i >= ClassDigits && (i - ClassDigits) % LevelDigits == 1)
            {
                if (group == 0)
                {
                    return false;
                }

                group = 0;
            }
            else if (i == ClassDigits - 1)
            {
                group = 0;
            }
        }

        return true;
    }

    /// <summary>Every printed form: full-width digits, separators, surrounding white space; says why the text is not a code.</summary>
    private static bool TryReadPrinted(ReadOnlySpan<char> text, int maxDepth, string kind, out int value, out int depth, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        depth = -1;
        text = Trim(text);
        if (text.IsEmpty)
        {
            error = Errors.Empty(kind);
            return false;
        }

        int maxDigits = ClassDigits + (maxDepth * LevelDigits);
        int digits = 0;
        int current = 0;
        int groups = 0;
        int firstGroupLength = 0;
        int wrongGroup = -1;
        int wrongGroupLength = 0;
        bool separated = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int d = DigitValue(c);
            if (d >= 0)
            {
                value = (value * 10) + d;
                current++;
                if (++digits > maxDigits)
                {
                    error = Errors.TooManyDigits(text, kind, maxDigits);
                    return false;
                }

                continue;
            }

            if (!IsSeparator(c))
            {
                error = Errors.NotDigitOrSeparator(text, kind, c, i);
                return false;
            }

            if (current == 0)
            {
                if (groups == 0)
                {
                    error = Errors.StartsWithSeparator(text, kind);
                    return false;
                }

                // Runs of separators ("206  04") count as one.
                continue;
            }

            EndGroup(ref groups, ref current, ref firstGroupLength, ref wrongGroup, ref wrongGroupLength);
            separated = true;
        }

        if (current > 0)
        {
            EndGroup(ref groups, ref current, ref firstGroupLength, ref wrongGroup, ref wrongGroupLength);
        }

        if (separated && firstGroupLength != ClassDigits)
        {
            error = Errors.WrongClassLength(text, kind, firstGroupLength);
            return false;
        }

        if (separated && wrongGroup >= 0)
        {
            error = Errors.WrongGroupLength(text, kind, wrongGroup, wrongGroupLength);
            return false;
        }

        depth = (digits - ClassDigits) / LevelDigits;
        if (digits < ClassDigits || (digits - ClassDigits) % LevelDigits != 0 || depth > maxDepth)
        {
            depth = -1;
            error = Errors.WrongLength(text, kind, digits, maxDepth);
            return false;
        }

        if (value < 100 * Pow10(depth * LevelDigits))
        {
            error = Errors.ClassStartsWithZero(text, kind);
            return false;
        }

        for (int level = 1; level <= depth; level++)
        {
            if (value / Pow10((depth - level) * LevelDigits) % 100 == 0)
            {
                error = Errors.LevelIsZero(text, kind, level);
                return false;
            }
        }

        error = null;
        return true;
    }

    private static void EndGroup(ref int groups, ref int current, ref int firstGroupLength, ref int wrongGroup, ref int wrongGroupLength)
    {
        if (groups == 0)
        {
            firstGroupLength = current;
        }
        else if (current != LevelDigits && wrongGroup < 0)
        {
            wrongGroup = groups;
            wrongGroupLength = current;
        }

        groups++;
        current = 0;
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

    internal static int Pow10(int exponent) => Powers[exponent];

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

    private static ReadOnlySpan<int> Powers => [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

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

    /// <summary>The reasons a text is not a code, built only on failure so that reading a code allocates nothing.</summary>
    private static class Errors
    {
        internal static string Empty(string kind) => $"An empty text is not {WithArticle(kind)} code.";

        internal static string TooManyDigits(ReadOnlySpan<char> text, string kind, int maxDigits)
            => $"'{text}' is not {WithArticle(kind)} code: it has more than {maxDigits} digits.";

        internal static string NotDigitOrSeparator(ReadOnlySpan<char> text, string kind, char c, int index)
            => $"'{text}' is not {WithArticle(kind)} code: '{c}' at position {index + 1} is neither a digit nor a separator.";

        internal static string StartsWithSeparator(ReadOnlySpan<char> text, string kind)
            => $"'{text}' is not {WithArticle(kind)} code: it starts with a separator.";

        internal static string WrongClassLength(ReadOnlySpan<char> text, string kind, int found)
            => $"'{text}' is not {WithArticle(kind)} code: the class (类) needs {ClassDigits} digits, found {found}.";

        internal static string WrongGroupLength(ReadOnlySpan<char> text, string kind, int group, int found)
            => $"'{text}' is not {WithArticle(kind)} code: digit group {group + 1} needs {LevelDigits} digits, found {found}.";

        internal static string WrongLength(ReadOnlySpan<char> text, string kind, int digits, int maxDepth)
            => $"'{text}' is not {WithArticle(kind)} code: it has {digits} digits; {WithArticle(kind)} code has {AllowedLengths(maxDepth)}.";

        internal static string ClassStartsWithZero(ReadOnlySpan<char> text, string kind)
            => $"'{text}' is not {WithArticle(kind)} code: a class (类) cannot start with 0.";

        internal static string LevelIsZero(ReadOnlySpan<char> text, string kind, int level)
            => $"'{text}' is not {WithArticle(kind)} code: level {level + 1} is 00, which no catalogue uses.";
    }
}
