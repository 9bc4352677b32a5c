using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Recognises a standard table by its title, whatever its number, year prefix and regional wording, for budgets (预算) and final accounts (决算).</summary>
internal static class TableTitles
{
    // Checked in order: the more specific wordings first. Each rule lists words that must all appear, and words that must not.
    private static readonly (TableKind Kind, string[] All, string[] None)[] Rules =
    [
        (TableKind.ThreePublicExpenses, ["三公"], []),
        (TableKind.CommissionedServices, ["委托业务费"], []),
        (TableKind.PriorYearCarryOver, ["结转结余"], ["收支", "收入", "支出总"]),
        (TableKind.GovernmentFundExpenditure, ["政府性基金"], []),
        (TableKind.StateCapitalExpenditure, ["国有资本经营"], []),
        (TableKind.FiscalAppropriationSummary, ["财政拨款", "收", "支"], ["一般公共预算", "三公"]),
        (TableKind.GeneralPublicBudgetBasicExpenditure, ["一般公共预算", "基本支出"], []),
        (TableKind.GeneralPublicBudgetProjectExpenditure, ["一般公共预算", "项目支出"], []),
        (TableKind.GeneralPublicBudgetExpenditure, ["一般公共预算", "支出"], []),
        (TableKind.GeneralPublicBudgetBasicExpenditure, ["基本支出"], ["收入"]),
        (TableKind.GeneralPublicBudgetProjectExpenditure, ["项目支出"], ["收入", "绩效"]),
        (TableKind.IncomeExpenditureSummary, ["收支", "总"], []),
        (TableKind.IncomeExpenditureSummary, ["收入支出", "总"], []),
        (TableKind.IncomeExpenditureSummary, ["收支总体"], []),
        (TableKind.Income, ["收入"], ["支出"]),
        (TableKind.Expenditure, ["支出"], ["收入"]),
    ];

    /// <summary>Classifies a compacted title (spaces removed).</summary>
    internal static TableKind Classify(string compactTitle)
    {
        foreach ((TableKind kind, string[] all, string[] none) in Rules)
        {
            if (ContainsAll(compactTitle, all) && !ContainsAny(compactTitle, none))
            {
                return kind;
            }
        }

        return TableKind.Other;
    }

    private static bool ContainsAll(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (!text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a compacted text looks like a table title: it ends with 表 (or 表（续）) and is not a sentence.</summary>
    internal static bool LooksLikeTitle(string compact, out string title, out string? number)
    {
        number = null;
        title = compact;
        if (compact.Length < 3 || compact.Length > 48 || Texts.HasSentencePunctuation(compact) || compact.Contains("绩效", StringComparison.Ordinal))
        {
            return false;
        }

        string body = StripContinued(compact);
        if (!body.EndsWith('表') || body.EndsWith("公开表", StringComparison.Ordinal) || body.EndsWith("预算表", StringComparison.Ordinal) && body.Length <= 6)
        {
            return false;
        }

        body = StripNumber(body, out number);
        title = body;
        return body.Length >= 3 && Texts.HasCjk(body);
    }

    /// <summary>Reads a line that only says which table follows: "表 1", "表一", "附表 3".</summary>
    internal static bool IsNumberLine(string compact, out string number)
    {
        number = "";
        ReadOnlySpan<char> s = compact.AsSpan();
        if (s.StartsWith("附"))
        {
            s = s[1..];
        }

        if (!s.StartsWith("表") || s.Length < 2 || s.Length > 6)
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[1..].TrimEnd("：:");
        foreach (char c in rest)
        {
            if (!(c is >= '0' and <= '9' || Texts.IsChineseDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }

        number = rest.ToString();
        return true;
    }

    private static string StripContinued(string compact)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["（续）", "(续)", "（续表）", "(续表)", "续表", "续"])
        {
            if (compact.EndsWith(suffix, StringComparison.Ordinal))
            {
                return compact[..^suffix.Length];
            }
        }

        return compact;
    }

    private static string StripNumber(string compact, out string? number)
    {
        number = null;
        ReadOnlySpan<char> s = compact.AsSpan();
        int start = 0;
        if (s.StartsWith("附表") || s.StartsWith("表"))
        {
            start = s.StartsWith("附表") ? 2 : 1;
            int k = start;
            while (k < s.Length && (s[k] is >= '0' and <= '9' or '-' or '.' || Texts.IsChineseDigit(s[k])))
            {
                k++;
            }

            if (k > start && k < s.Length)
            {
                number = s[start..k].TrimEnd('.').ToString();
                return s[k..].TrimStart("：:、.． ").ToString();
            }
        }

        int d = 0;
        while (d < s.Length && s[d] is >= '0' and <= '9')
        {
            d++;
        }

        if (d is > 0 and <= 2 && d < s.Length && s[d] is '.' or '．' or '、')
        {
            number = s[..d].ToString();
            return s[(d + 1)..].ToString();
        }

        return compact;
    }
}
