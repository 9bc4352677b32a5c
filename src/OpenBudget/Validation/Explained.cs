using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Finds the stated figures of the explanations: groups by key, parts by key or code, references to their fields.</summary>
internal static class Explained
{
    public static int Group(BudgetDisclosure disclosure, string key)
    {
        var groups = disclosure.Explanations.Groups;
        for (int i = 0; i < groups.Count; i++)
        {
            if (string.Equals(groups[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool HasGroup(BudgetDisclosure disclosure, ReadOnlySpan<string> keys)
    {
        foreach (string key in keys)
        {
            if (Group(disclosure, key) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static FigureRef Total(BudgetDisclosure disclosure, int group)
    {
        StatedFigure total = disclosure.Explanations.Groups[group].Total!;
        return FigureRef.Group(group, -1, FigureField.Amount, total.Amount, total.Unit);
    }

    /// <summary>Finds the group whose total a group's parts break down: its own, or for a paragraph printed without one, the paragraph it details (上年结转结余 项目 → 上年结转结余; 一般公共预算 结构 and 具体使用 → 一般公共预算当年拨款); -1 when none.</summary>
    public static int TotalGroup(BudgetDisclosure disclosure, int group)
    {
        FigureGroup figures = disclosure.Explanations.Groups[group];
        if (figures.Total is { } total && !total.Amount.IsBlank)
        {
            return group;
        }

        string? parent = figures.Key switch
        {
            FigureGroupKeys.CarryOverItems => FigureGroupKeys.CarryOver,
            FigureGroupKeys.GeneralPublicBudgetByItem or FigureGroupKeys.GeneralPublicBudgetStructure => FigureGroupKeys.GeneralPublicBudget,
            _ => null,
        };
        int index = parent is null ? -1 : Group(disclosure, parent);
        return index >= 0 && disclosure.Explanations.Groups[index].Total is { } parentTotal && !parentTotal.Amount.IsBlank ? index : -1;
    }

    public static FigureRef Part(BudgetDisclosure disclosure, int group, int part, FigureField field = FigureField.Amount)
    {
        StatedFigure figure = disclosure.Explanations.Groups[group].Parts[part];
        return field switch
        {
            FigureField.Share => FigureRef.Group(group, part, field, figure.SharePercent, figure.Unit),
            FigureField.ChangeAmount => FigureRef.Group(group, part, field, figure.Change?.Amount ?? default, figure.Unit),
            FigureField.ChangeRate => FigureRef.Group(group, part, field, figure.Change?.RatePercent ?? default, figure.Unit),
            _ => FigureRef.Group(group, part, field, figure.Amount, figure.Unit),
        };
    }

    public static bool KeyIs(StatedFigure figure, string key) => string.Equals(figure.Key, key, StringComparison.Ordinal);

    public static string Reason(string what) => $"needs the explanations' {what}, which the disclosure does not state";
}
