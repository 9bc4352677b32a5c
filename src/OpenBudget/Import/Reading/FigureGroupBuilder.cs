using OpenBudget.Collections;
using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>A group of stated figures being read from one section of the explanations.</summary>
internal sealed class FigureGroupBuilder(string key, string? heading)
{
    internal string Key { get; } = key;

    internal string? Heading { get; } = heading;

    internal List<FigureBuilder> Figures { get; } = [];

    internal List<string> Remarks { get; } = [];

    internal string? LastComparedWith { get; set; }

    internal bool IsEmpty => Figures.Count == 0 && Remarks.Count == 0;

    /// <summary>Finds the figure a later sentence speaks of by its subject ("因公出国（境）费用增加 0.00 万元").</summary>
    internal FigureBuilder? Find(string subject)
    {
        string c = Texts.Compact(subject);
        if (c.Length == 0)
        {
            return null;
        }

        string? key = SubjectKeys.For(subject, Key);
        foreach (FigureBuilder f in Figures)
        {
            if (Texts.Compact(f.Subject) == c)
            {
                return f;
            }
        }

        if (key is not null)
        {
            foreach (FigureBuilder f in Figures)
            {
                if (f.Key == key)
                {
                    return f;
                }
            }
        }

        foreach (FigureBuilder f in Figures)
        {
            string s = Texts.Compact(f.Subject);
            if (s.Length > 1 && (s.Contains(c, StringComparison.Ordinal) || c.Contains(s, StringComparison.Ordinal)))
            {
                return f;
            }
        }

        return null;
    }

    internal FigureGroup Build()
    {
        // Income lists the higher level's transfers apart: "一般公共预算" beside them is the level's own general revenue (一般财力).
        if (Key == FigureGroupKeys.Income && Figures.Any(f => f.Key == RowKeys.GeneralPublicBudgetTransfer))
        {
            foreach (FigureBuilder f in Figures.Where(f => f.Key == RowKeys.GeneralPublicBudget))
            {
                f.Key = RowKeys.GeneralPublicBudgetOwnRevenue;
            }
        }

        FigureBuilder? total = null;
        if (Figures.Count > 0)
        {
            FigureBuilder first = Figures[0];
            string subject = Texts.Compact(first.Subject);
            if (!first.Enumerated && (first.LeadsParts || subject.Contains('总', StringComparison.Ordinal) || subject.Contains("合计", StringComparison.Ordinal) || Figures.Count == 1))
            {
                total = first;
            }
        }

        return new FigureGroup
        {
            Key = Key,
            Heading = Heading,
            Total = total?.Build(),
            Parts = Figures.Where(f => f != total).Select(f => f.Build()).ToEquatableArray(),
            Remarks = Remarks.ToEquatableArray(),
        };
    }
}
