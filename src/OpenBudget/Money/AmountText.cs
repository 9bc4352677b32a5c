using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Money;

/// <summary>Reads amounts as disclosures print them, without allocating on success.</summary>
internal static class AmountText
{
    private const int MaxDigits = 28;

    internal static bool TryParse(ReadOnlySpan<char> text, out Amount result, [NotNullWhen(false)] out string? reason)
    {
        result = Amount.Blank;
        ReadOnlySpan<char> s = Trim(text);
        if (s.IsEmpty || IsBlankForm(s))
        {
            reason = null;
            return true;
        }

        int i = 0;
        bool negative = false;
        char first = Normalize(s[0]);
        if (first is '-' or '+')
        {
            negative = first == '-';
            i++;
            while (i < s.Length && s[i] is ' ' or '\u3000')
            {
                i++;
            }
        }

        ulong lo = 0;
        decimal big = 0;
        bool useBig = false;
        int digits = 0;
        int scale = 0;
        int groupDigits = 0;
        bool sawSeparator = false;
        bool inFraction = false;
        bool anyDigit = false;
        int start = i;
        for (; i < s.Length; i++)
        {
            char c = Normalize(s[i]);
            if (c is >= '0' and <= '9')
            {
                anyDigit = true;
                if (digits == 0 && c == '0' && !inFraction)
                {
                    // Leading zeros carry no value but count towards a group.
                    groupDigits++;
                    continue;
                }

                digits++;
                if (digits > MaxDigits)
                {
                    reason = $"'{text.ToString()}' is not an amount: it has more digits than an exact decimal holds.";
                    return false;
                }

                int d = c - '0';
                if (!useBig && lo <= (ulong.MaxValue - 9) / 10)
                {
                    lo = (lo * 10) + (ulong)d;
                }
                else
                {
                    if (!useBig)
                    {
                        big = lo;
                        useBig = true;
                    }

                    big = (big * 10) + d;
                }

                if (inFraction)
                {
                    scale++;
                }
                else
                {
                    groupDigits++;
                }

                continue;
            }

            if (c == ',' && !inFraction)
            {
                if (!anyDigit || (sawSeparator ? groupDigits != 3 : groupDigits > 3))
                {
                    reason = $"'{text.ToString()}' is not an amount: the thousands separator at position {i + 1} does not follow a group of three digits.";
                    return false;
                }

                sawSeparator = true;
                groupDigits = 0;
                continue;
            }

            if (c == '.')
            {
                if (inFraction)
                {
                    reason = $"'{text.ToString()}' is not an amount: it has a second decimal point at position {i + 1}.";
                    return false;
                }

                if (sawSeparator && groupDigits != 3)
                {
                    reason = $"'{text.ToString()}' is not an amount: the digits before the decimal point are not a group of three after a thousands separator.";
                    return false;
                }

                inFraction = true;
                continue;
            }

            reason = $"'{text.ToString()}' is not an amount: '{s[i]}' at position {i + 1} is not a digit, separator or decimal point.";
            return false;
        }

        if (!anyDigit)
        {
            reason = $"'{text.ToString()}' is not an amount: it has no digits.";
            return false;
        }

        if (!inFraction && sawSeparator && groupDigits != 3)
        {
            reason = $"'{text.ToString()}' is not an amount: the last thousands group has {groupDigits} digits instead of three.";
            return false;
        }

        if (inFraction && s[^1] is '.' or '．')
        {
            reason = $"'{text.ToString()}' is not an amount: it ends with a decimal point.";
            return false;
        }

        _ = start;
        decimal value;
        if (useBig)
        {
            value = big;
            value = scale == 0 ? value : value / Pow10(scale);
        }
        else
        {
            value = new decimal((int)(lo & 0xFFFFFFFF), (int)(lo >> 32), 0, false, (byte)scale);
        }

        if (useBig && value.Scale < scale)
        {
            // Division may drop trailing zeros; restore the printed scale.
            value = decimal.Round(value, scale) + new decimal(0, 0, 0, false, (byte)scale);
        }

        result = Amount.Of(negative ? -value : value);
        reason = null;
        return true;
    }

    private static decimal Pow10(int n)
    {
        decimal r = 1;
        for (int k = 0; k < n; k++)
        {
            r *= 10;
        }

        return r;
    }

    private static bool IsBlankForm(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is not ('-' or '—' or '–' or '－' or '―'))
            {
                return false;
            }
        }

        return s.Length <= 2;
    }

    private static char Normalize(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
        '，' => ',',
        '．' or '。' => '.',
        '－' or '−' or '—' or '–' => '-',
        '＋' => '+',
        _ => c,
    };

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => s.Trim(" \t\r\n\u3000\u00A0");
}
