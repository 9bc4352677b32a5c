using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1503: the indicator weights (分值权重) of a performance table add up to <see cref="ValidationOptions.ExpectedIndicatorWeight"/> (90 by the usual convention; the other 10 points are for the budget execution rate).</summary>
internal sealed class IndicatorWeightsRule : PerformanceRule
{
    public IndicatorWeightsRule()
        : base("OB1503", "Indicator weights add up to the convention", "指标分值权重合计符合约定")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        for (int index = FirstTable(disclosure); index < disclosure.Performance.Projects.Count; index++)
        {
            PerformanceTable table = TableAt(disclosure, index);
            var indicators = table.Indicators;
            decimal sum = 0m;
            int weights = 0;
            foreach (PerformanceIndicator indicator in indicators)
            {
                if (indicator.Weight is decimal weight)
                {
                    sum += weight;
                    weights++;
                }
            }

            if (weights > 0 && context.Holds(context.Options.ExpectedIndicatorWeight, sum))
            {
                // The weights add up: counted without building their terms.
                continue;
            }

            for (int i = 0; i < indicators.Count; i++)
            {
                if (indicators[i].Weight is decimal weight)
                {
                    context.Terms.Add(FigureRef.Weight(index, i, Amount.Of(weight)));
                }
            }

            if (context.Terms.Count == 0)
            {
                continue;
            }

            context.CheckSum(FigureRef.WeightsTotal(index, context.Options.ExpectedIndicatorWeight), "the sum of the indicator weights", "各指标分值权重之和");
        }
    }
}
