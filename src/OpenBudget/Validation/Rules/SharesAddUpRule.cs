using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1413: where every part of a breakdown states its share, the shares add up to 100%, within half a unit of each share's last digit.</summary>
internal sealed class SharesAddUpRule : ExplanationsRule
{
    public SharesAddUpRule()
        : base("OB1413", "Stated shares add up to 100%", "所述占比合计为100%")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var groups = disclosure.Explanations.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            FigureGroup group = groups[g];
            if (group.Parts.Count < 2 || !GroupTotalRule.Partitions.Contains(group.Key))
            {
                continue;
            }

            bool all = true;
            foreach (StatedFigure part in group.Parts)
            {
                all &= !part.SharePercent.IsBlank;
            }

            if (!all)
            {
                continue;
            }

            for (int p = 0; p < group.Parts.Count; p++)
            {
                context.Terms.Add(Explained.Part(disclosure, g, p, FigureField.Share));
            }

            context.CheckSum(FigureRef.SharesTotal(g), "the sum of the stated shares", "所述占比之和");
        }
    }
}
