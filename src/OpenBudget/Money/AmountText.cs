using System.Numerics;

namespace OpenBudget.Money;

/// <summary>Reads and writes amounts as disclosures print them, without allocating except to describe a failure.</summary>
internal static class AmountText
{
    /// <summary>The most decimal places a <see cref="decimal"/> keeps.</summary>
    internal const int MaxScale = 28;

    /// <summary>The largest number of characters <see cref="TryFormatPrinted{TChar}"/> writes: sign, 29 digits, a leading zero, a point and 9 separators.</summary>
    internal const int MaxPrintedLength = 41;

    private static readonly UInt128 MaxMantissa = (UInt128.One << 96) - 1;

    /// <summary>What went wrong, in more detail than <see cref="ParseErrorKind"/>, for the message.</summary>
    internal enum Detail
    {
        None = 0,
        UnexpectedCharacter,
        MisplacedSign,
        SecondDecimalPoint,
        PointWithoutDigitBefore,
        PointWithoutDigitAfter,
        SeparatorAfterPoint,
        SeparatorWithoutDigit,
        FirstGroupTooLong,
        GroupNotThree,
        NoDigits,
        TooManyDigits,
        TooManyDecimalPlaces,
        MissingUnit,
    }

    /// <summary>Reads the amount in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>]; positions in <paramref name="problem"/> index <paramref name="text"/>.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, int start, int end, out Amount result, out Problem problem)
    {
        result = Amount.Blank;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end || IsBlankForm(text[start..end]))
        {
            problem = default;
            return true;
        }

        int i = start;
        bool negative = false;
        if (IsMinus(text[i]) || IsPlus(text[i]))
        {
            negative = IsMinus(text[i]);
            i++;
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            if (i == end)
            {
                problem = new Problem(Detail.NoDigits, end);
                return false;
            }
        }

        UInt128 mantissa = 0;
        int scale = 0;
        int groupDigits = 0;
        int lastSeparator = -1;
        int point = -1;
        for (; i < end; i++)
        {
            char c = text[i];
            int digit = DigitValue(c);
            if (digit >= 0)
            {
                if (point >= 0)
                {
                    if (++scale > MaxScale)
                    {
                        problem = new Problem(Detail.TooManyDecimalPlaces, i);
                        return false;
                    }
                }
                else
                {
                    groupDigits++;
                }

                mantissa = (mantissa * 10) + (uint)digit;
                if (mantissa > MaxMantissa)
                {
                    problem = new Problem(Detail.TooManyDigits, i);
                    return false;
                }

                continue;
            }

            if (IsGroupSeparator(c))
            {
                if (point >= 0)
                {
                    problem = new Problem(Detail.SeparatorAfterPoint, i);
                    return false;
                }

                if (groupDigits == 0)
                {
                    problem = new Problem(Detail.SeparatorWithoutDigit, i);
                    return false;
                }

                if (lastSeparator < 0 ? groupDigits > 3 : groupDigits != 3)
                {
                    problem = lastSeparator < 0
                        ? new Problem(Detail.FirstGroupTooLong, i, groupDigits)
                        : new Problem(Detail.GroupNotThree, lastSeparator, groupDigits);
                    return false;
                }

                lastSeparator = i;
                groupDigits = 0;
                continue;
            }

            if (IsDecimalPoint(c))
            {
                if (point >= 0)
                {
                    problem = new Problem(Detail.SecondDecimalPoint, i);
                    return false;
                }

                if (groupDigits == 0)
                {
                    problem = new Problem(Detail.PointWithoutDigitBefore, i);
                    return false;
                }

                if (lastSeparator >= 0 && groupDigits != 3)
                {
                    problem = new Problem(Detail.GroupNotThree, lastSeparator, groupDigits);
                    return false;
                }

                point = i;
                continue;
            }

            problem = new Problem(IsMinus(c) || IsPlus(c) ? Detail.MisplacedSign : Detail.UnexpectedCharacter, i);
            return false;
        }

        if (point >= 0 && scale == 0)
        {
            problem = new Problem(Detail.PointWithoutDigitAfter, point);
            return false;
        }

        if (point < 0 && lastSeparator >= 0 && groupDigits != 3)
        {
            problem = new Problem(Detail.GroupNotThree, lastSeparator, groupDigits);
            return false;
        }

        ulong low = (ulong)mantissa;
        uint high = (uint)(mantissa >> 64);
        result = Amount.Of(new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative && mantissa != 0, (byte)scale));
        problem = default;
        return true;
    }

    /// <summary>Describes a problem found by <see cref="TryParse"/> as a <see cref="ParseFailure"/>.</summary>
    internal static ParseFailure Describe(ReadOnlySpan<char> text, Problem problem, string what)
    {
        string s = text.ToString();
        int p = problem.Position;
        string found = p < s.Length ? s[p].ToString() : "";
        (ParseErrorKind kind, string why) = problem.Detail switch
        {
            Detail.UnexpectedCharacter => (ParseErrorKind.UnexpectedCharacter, $"'{found}' at index {p} is not a digit, a thousands separator or a decimal point"),
            Detail.MisplacedSign => (ParseErrorKind.MisplacedSign, $"the sign '{found}' at index {p} is not before the first digit"),
            Detail.SecondDecimalPoint => (ParseErrorKind.SecondDecimalPoint, $"it has a second decimal point at index {p}"),
            Detail.PointWithoutDigitBefore => (ParseErrorKind.MisplacedDecimalPoint, $"the decimal point at index {p} has no digit before it"),
            Detail.PointWithoutDigitAfter => (ParseErrorKind.MisplacedDecimalPoint, $"the decimal point at index {p} has no digit after it"),
            Detail.SeparatorAfterPoint => (ParseErrorKind.MisplacedGroupSeparator, $"the thousands separator at index {p} comes after the decimal point"),
            Detail.SeparatorWithoutDigit => (ParseErrorKind.MisplacedGroupSeparator, $"the thousands separator at index {p} does not follow a digit"),
            Detail.FirstGroupTooLong => (ParseErrorKind.MisplacedGroupSeparator, $"the thousands separator at index {p} follows {problem.Count} digits instead of one to three"),
            Detail.GroupNotThree => (ParseErrorKind.MisplacedGroupSeparator, $"the thousands separator at index {p} is followed by {problem.Count} digit{(problem.Count == 1 ? "" : "s")} instead of three"),
            Detail.NoDigits => (ParseErrorKind.NoDigits, "it has a sign but no digits"),
            Detail.TooManyDigits => (ParseErrorKind.TooManyDigits, $"the digit at index {p} makes it too long for an exact decimal, which holds at most 28 to 29 significant digits"),
            Detail.TooManyDecimalPlaces => (ParseErrorKind.TooManyDecimalPlaces, $"the digit at index {p} is beyond the {MaxScale} decimal places an exact decimal keeps"),
            Detail.MissingUnit => (ParseErrorKind.MissingUnit, "it does not end with a unit (元, 万元 or 亿元)"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Detail, "Not a parse problem."),
        };
        return new ParseFailure(s, p, kind, $"'{s}' is not {what}: {why}.");
    }

    /// <summary>Writes a value as printed, keeping its scale: digits, "." and, when <paramref name="group"/>, "," between groups of three.</summary>
    internal static bool TryFormatPrinted<TChar>(decimal value, bool group, Span<TChar> destination, out int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        uint high = (uint)bits[2];
        bool negative = bits[3] < 0 && (low | high) != 0;

        Span<byte> digits = stackalloc byte[29];
        int n = 0;
        if (high == 0)
        {
            do
            {
                (low, ulong d) = Math.DivRem(low, 10UL);
                digits[n++] = (byte)d;
            }
            while (low != 0);
        }
        else
        {
            UInt128 m = ((UInt128)high << 64) | low;
            do
            {
                (m, UInt128 d) = UInt128.DivRem(m, 10);
                digits[n++] = (byte)d;
            }
            while (m != 0);
        }

        int intDigits = n > scale ? n - scale : 1;
        int total = intDigits + scale;
        int separators = group ? (intDigits - 1) / 3 : 0;
        int length = (negative ? 1 : 0) + intDigits + separators + (scale > 0 ? scale + 1 : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        int w = 0;
        if (negative)
        {
            destination[w++] = TChar.CreateTruncating('-');
        }

        for (int j = 0; j < total; j++)
        {
            if (j == intDigits)
            {
                destination[w++] = TChar.CreateTruncating('.');
            }
            else if (separators > 0 && j > 0 && j < intDigits && (intDigits - j) % 3 == 0)
            {
                destination[w++] = TChar.CreateTruncating(',');
            }

            int fromRight = total - 1 - j;
            int digit = fromRight < n ? digits[fromRight] : 0;
            destination[w++] = TChar.CreateTruncating('0' + digit);
        }

        written = w;
        return true;
    }

    /// <summary>Gets a value indicating whether a character is whitespace around an amount: any Unicode space, including the full-width space U+3000 and NBSP.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>Removes <see cref="IsSpace"/> characters from both ends.</summary>
    internal static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static bool IsBlankForm(ReadOnlySpan<char> s)
        => s.Length <= 2 && IsDash(s[0]) && (s.Length == 1 || IsDash(s[1]));

    private static bool IsDash(char c) => IsMinus(c) || c is '—' or '―';

    private static bool IsMinus(char c) => c is '-' or '－' or '−' or '–';

    private static bool IsPlus(char c) => c is '+' or '＋';

    private static bool IsGroupSeparator(char c) => c is ',' or '，';

    private static bool IsDecimalPoint(char c) => c is '.' or '．';

    private static int DigitValue(char c)
    {
        uint d = (uint)(c - '0');
        if (d <= 9)
        {
            return (int)d;
        }

        d = (uint)(c - '０');
        return d <= 9 ? (int)d : -1;
    }

    /// <summary>A problem found while reading, as plain data so that failing allocates nothing until it is described.</summary>
    /// <param name="Detail">What is wrong.</param>
    /// <param name="Position">The index of the character at fault.</param>
    /// <param name="Count">A digit count the message quotes, when it quotes one.</param>
    internal readonly record struct Problem(Detail Detail, int Position, int Count = 0);
}
