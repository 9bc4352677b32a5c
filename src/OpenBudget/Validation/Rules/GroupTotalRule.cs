using System.Collections.Frozen;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1412: where a paragraph breaks a total down (收入预算 by source, 支出预算 into basic and project, 委托业务费 by project, 上年结转结余 by item …), the total equals the sum of the parts; a figure that lists what it is used for equals the sum of that list.</summary>
/// <remarks>
/// A part that is itself broken down among the other parts is a subtotal, not counted twice: 公务用车购置及运行费 beside 购置费 and
/// 运行费, and 财政拨款 beside 一般公共预算拨款, 政府性基金拨款 and 国有资本经营预算拨款 (as Shanghai's 支出预算 paragraph states them); the
/// subtotal is checked against its own parts instead.
/// </remarks>
internal sealed class GroupTotalRule : ExplanationsRule
{
    /// <summary>The paragraphs whose parts partition their total.</summary>
    internal static readonly FrozenSet<string> Partitions = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            FigureGroupKeys.Income,
            FigureGroupKeys.Expenditure,
            FigureGroupKeys.GeneralPublicBudget,
            FigureGroupKeys.GeneralPublicBudgetStructure,
            FigureGroupKeys.GeneralPublicBudgetByItem,
            FigureGroupKeys.BasicExpenditure,
            FigureGroupKeys.CommissionedServices,
            FigureGroupKeys.CarryOver,
            FigureGroupKeys.CarryOverItems,
            FigureGroupKeys.ThreePublicExpenses,
        ]);

    public GroupTotalRule()
        : base("OB1412", "A stated total equals the sum of its stated parts", "所述合计等于所列各部分之和")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var groups = disclosure.Explanations.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            FigureGroup group = groups[g];
            int totalGroup = Explained.TotalGroup(disclosure, g);
            if (totalGroup >= 0 && group.Parts.Count > 0 && Partitions.Contains(group.Key))
            {
                CheckTotal(context, g, group, totalGroup);
            }

            CheckFiscalSubtotals(context, g, group);
            for (int p = 0; p < group.Parts.Count; p++)
            {
                StatedFigure part = group.Parts[p];
                if (part.Parts.IsEmpty || part.Amount.IsBlank)
                {
                    continue;
                }

                for (int k = 0; k < part.Parts.Count; k++)
                {
                    context.Terms.Add(FigureRef.GroupSubPart(g, p, k, part.Parts[k].Amount, part.Parts[k].Unit));
                }

                context.CheckSum(Explained.Part(disclosure, g, p), "the sum of what it is stated to be used for", "所述用途金额之和");
            }
        }
    }

    /// <summary>Checks a paragraph's total (or its parent paragraph's) against the sum of the parts that count towards it.</summary>
    private static void CheckTotal(ValidationContext context, int g, FigureGroup group, int totalGroup)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        bool vehicleParts = HasKey(group, RowKeys.VehiclePurchase) || HasKey(group, RowKeys.VehicleOperation);
        bool fundParts = HasFundPart(group);
        StatedFigure total = disclosure.Explanations.Groups[totalGroup].Total!;
        bool oneUnit = true;
        decimal sum = 0m;
        foreach (StatedFigure part in group.Parts)
        {
            if (Counted(context, part, vehicleParts, fundParts))
            {
                oneUnit &= part.Unit == total.Unit;
                sum += part.Amount.ValueOrZero;
            }
        }

        if (oneUnit && context.Holds(total.Amount.ValueOrZero, sum))
        {
            // The parts add up, all printed in the total's unit: counted without building their terms.
            return;
        }

        for (int p = 0; p < group.Parts.Count; p++)
        {
            if (Counted(context, group.Parts[p], vehicleParts, fundParts))
            {
                context.Terms.Add(Explained.Part(disclosure, g, p));
            }
        }

        context.CheckSum(
            Explained.Total(disclosure, totalGroup),
            totalGroup == g
                ? new Expectation("the sum of the stated parts", "所列各部分之和")
                : new Expectation("the sum of the parts stated under {0}", "{0}所列各部分之和", Labels.Group(group.Key)));
    }

    /// <summary>Tells whether a part counts towards its paragraph's total: not a subtotal of other parts stated beside it.</summary>
    private static bool Counted(ValidationContext context, StatedFigure part, bool vehicleParts, bool fundParts)
        => !((vehicleParts && Explained.KeyIs(part, RowKeys.Vehicles)) || (fundParts && IsFiscalSubtotal(context, part)));

    /// <summary>Checks a 财政拨款 part stated beside its fund parts against their sum.</summary>
    private static void CheckFiscalSubtotals(ValidationContext context, int g, FigureGroup group)
    {
        if (!Partitions.Contains(group.Key) || !HasFundPart(group))
        {
            // Without a fund part beside it, a 财政拨款 part has nothing to be the sum of.
            return;
        }

        for (int p = 0; p < group.Parts.Count; p++)
        {
            if (group.Parts[p].Amount.IsBlank || !IsFiscalSubtotal(context, group.Parts[p]))
            {
                continue;
            }

            for (int f = 0; f < group.Parts.Count; f++)
            {
                StatedFigure part = group.Parts[f];
                if (IsFundPart(part))
                {
                    context.Terms.Add(Explained.Part(context.Disclosure, g, f));
                }
            }

            if (context.Terms.Count == 0)
            {
                continue;
            }

            context.CheckSum(Explained.Part(context.Disclosure, g, p), "the sum of the fund parts stated with it", "所列各类财政拨款之和");
        }
    }

    /// <summary>Tells whether a part is one of the three funds 财政拨款 is made of (一般公共预算, 政府性基金, 国有资本经营预算).</summary>
    private static bool IsFundPart(StatedFigure part)
        => Explained.KeyIs(part, RowKeys.GeneralPublicBudget) || Explained.KeyIs(part, RowKeys.GovernmentFund) || Explained.KeyIs(part, RowKeys.StateCapital);

    /// <summary>Tells whether a part is the 财政拨款 figure (keyed so, or an unkeyed subject that begins 财政拨款 and is not a carry-over).</summary>
    private static bool IsFiscalSubtotal(ValidationContext context, StatedFigure part)
    {
        if (Explained.KeyIs(part, RowKeys.FiscalAppropriation))
        {
            return true;
        }

        if (part.Key is not null)
        {
            return false;
        }

        string subject = context.NameKey(part.Subject);
        return subject.StartsWith("财政拨款", StringComparison.Ordinal) && !subject.Contains("结转", StringComparison.Ordinal) && !subject.Contains("结余", StringComparison.Ordinal);
    }

    private static bool HasFundPart(FigureGroup group)
    {
        foreach (StatedFigure part in group.Parts)
        {
            if (IsFundPart(part))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKey(FigureGroup group, string key)
    {
        foreach (StatedFigure part in group.Parts)
        {
            if (Explained.KeyIs(part, key))
            {
                return true;
            }
        }

        return false;
    }
}
