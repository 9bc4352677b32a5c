using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1412: where a paragraph breaks a total down (收入预算 by source, 支出预算 into basic and project, 委托业务费 by project, 上年结转结余 by item …), the total equals the sum of the parts; a figure that lists what it is used for equals the sum of that list.</summary>
internal sealed class GroupTotalRule : ExplanationsRule
{
    /// <summary>The paragraphs whose parts partition their total.</summary>
    internal static readonly string[] Partitions =
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
    ];

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
            if (totalGroup >= 0 && group.Parts.Count > 0 && Array.IndexOf(Partitions, group.Key) >= 0)
            {
                bool vehicleParts = HasKey(group, RowKeys.VehiclePurchase) || HasKey(group, RowKeys.VehicleOperation);
                for (int p = 0; p < group.Parts.Count; p++)
                {
                    if (vehicleParts && Explained.KeyIs(group.Parts[p], RowKeys.Vehicles))
                    {
                        continue;
                    }

                    context.Terms.Add(Explained.Part(disclosure, g, p));
                }

                context.CheckSum(
                    Explained.Total(disclosure, totalGroup),
                    totalGroup == g
                        ? new Expectation("the sum of the stated parts", "所列各部分之和")
                        : new Expectation("the sum of the parts stated under {0}", "{0}所列各部分之和", Labels.Group(group.Key)));
            }

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
