using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>A number found in prose: its position, text, value and what follows it (a money unit, a percent sign, a measure word).</summary>
internal readonly record struct MoneyToken(int Start, int End, string Text, Amount Value, PresentationUnit? Unit, bool Percent, string After)
{
    internal bool IsMoney => Unit is not null;

    /// <summary>Finds the numbers of a normalised text, with the unit or measure word that follows each.</summary>
    internal static List<MoneyToken> Find(string text)
    {
        var tokens = new List<MoneyToken>();
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < n && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < n && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            int end = i;
            bool identifier = (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '.')) || (i < n && char.IsAsciiLetter(text[i]));
            if (identifier)
            {
                continue;
            }

            int j = i;
            while (j < n && text[j] == ' ')
            {
                j++;
            }

            bool percent = j < n && text[j] is '%' or '％';
            PresentationUnit? unit = null;
            int unitEnd = j;
            if (!percent)
            {
                if (Starts(text, j, "万元"))
                {
                    unit = PresentationUnit.TenThousandYuan;
                    unitEnd = j + 2;
                }
                else if (Starts(text, j, "亿元"))
                {
                    unit = PresentationUnit.HundredMillionYuan;
                    unitEnd = j + 2;
                }
                else if (Starts(text, j, "元"))
                {
                    unit = PresentationUnit.Yuan;
                    unitEnd = j + 1;
                }
                else if (Starts(text, j, "万") && !Starts(text, j, "万人"))
                {
                    unit = PresentationUnit.TenThousandYuan;
                    unitEnd = j + 1;
                }
            }
            else
            {
                unitEnd = j + 1;
            }

            if (!Amount.TryParse(text.AsSpan(start, end - start), out Amount value, out _) || value.IsBlank)
            {
                continue;
            }

            string after = text.Substring(unitEnd, Math.Min(8, n - unitEnd));
            tokens.Add(new MoneyToken(start, unitEnd, text[start..end], value, unit, percent, after));
            i = Math.Max(i, unitEnd);
        }

        return tokens;
    }

    private static bool Starts(string text, int at, string word) => at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
}
