using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1410: each stated share (占 x%) recomputes from the printed part and the group's printed total, allowing for the rounding of both and of the share.</summary>
internal sealed class SharesRecomputeRule : ExplanationsRule
{
    public SharesRecomputeRule()
        : base("OB1410", "Stated shares recompute from the amounts", "所述占比可由金额重新算出")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var groups = disclosure.Explanations.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            int totalGroup = Explained.TotalGroup(disclosure, g);
            if (totalGroup < 0)
            {
                continue;
            }

            FigureRef whole = Explained.Total(disclosure, totalGroup);
            for (int p = 0; p < groups[g].Parts.Count; p++)
            {
                StatedFigure part = groups[g].Parts[p];
                if (!part.SharePercent.IsBlank && !(part.Unit == whole.Unit && context.ShareHolds(part.SharePercent, part.Amount, whole.Amount)))
                {
                    context.CheckShare(Explained.Part(disclosure, g, p, FigureField.Share), Explained.Part(disclosure, g, p), whole);
                }
            }
        }
    }
}
