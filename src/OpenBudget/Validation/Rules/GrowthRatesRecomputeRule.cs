using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1411: each stated growth rate (增长/下降 x%) recomputes as change ÷ (current − change), allowing for the rounding of both amounts and of the rate.</summary>
internal sealed class GrowthRatesRecomputeRule : ExplanationsRule
{
    public GrowthRatesRecomputeRule()
        : base("OB1411", "Stated growth rates recompute from the amounts", "所述增减率可由金额重新算出")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var groups = disclosure.Explanations.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Total is { Change: { } totalChange } total && !context.RateHolds(totalChange.RatePercent, totalChange.Direction, totalChange.Amount, total.Amount))
            {
                context.CheckRate(
                    FigureRef.Group(g, -1, FigureField.ChangeRate, totalChange.RatePercent, total.Unit),
                    totalChange.Direction,
                    FigureRef.Group(g, -1, FigureField.ChangeAmount, totalChange.Amount, total.Unit),
                    Explained.Total(disclosure, g));
            }

            for (int p = 0; p < groups[g].Parts.Count; p++)
            {
                if (groups[g].Parts[p].Change is { } change && !context.RateHolds(change.RatePercent, change.Direction, change.Amount, groups[g].Parts[p].Amount))
                {
                    context.CheckRate(
                        Explained.Part(disclosure, g, p, FigureField.ChangeRate),
                        change.Direction,
                        Explained.Part(disclosure, g, p, FigureField.ChangeAmount),
                        Explained.Part(disclosure, g, p));
                }
            }
        }
    }
}
