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
        foreach ((int index, PerformanceTable table) in TablesOf(context.Disclosure))
        {
            var indicators = table.Indicators;
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

            string pointer = FigureRef.PerformanceTablePointer(index) + "/indicators";
            decimal expected = context.Options.ExpectedIndicatorWeight;
            context.CheckSum(
                FigureRef.Constant(expected, $"绩效 · {Labels.PerformanceTable(table)} · 分值权重合计应为 {ValidationContext.Format(expected)}", pointer),
                "the sum of the indicator weights",
                "各指标分值权重之和");
        }
    }
}
