using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1501: a performance table's funding total (年度预算总额 / 资金总额) equals fiscal plus other funds (财政拨款 + 其他资金).</summary>
internal sealed class PerformanceFundingRule : PerformanceRule
{
    public PerformanceFundingRule()
        : base("OB1501", "Performance funding total equals fiscal plus other", "绩效目标表资金总额等于财政拨款加其他资金")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        for (int index = FirstTable(disclosure); index < disclosure.Performance.Projects.Count; index++)
        {
            PerformanceTable table = TableAt(disclosure, index);
            PerformanceFunding funding = table.Funding;
            if (funding.Total.IsBlank || (funding.Fiscal.IsBlank && funding.Other.IsBlank))
            {
                continue;
            }

            if (context.Holds(funding.Total.ValueOrZero, funding.Fiscal.ValueOrZero + funding.Other.ValueOrZero))
            {
                // All three are printed in the table's one unit: a sum that holds is counted without building its terms.
                continue;
            }

            context.Terms.Add(FigureRef.Funding(index, FigureField.Fiscal, 0, funding.Fiscal, funding.Unit));
            context.Terms.Add(FigureRef.Funding(index, FigureField.Other, 0, funding.Other, funding.Unit));
            context.CheckSum(FigureRef.Funding(index, FigureField.Total, 0, funding.Total, funding.Unit), "fiscal plus other funds", "财政拨款与其他资金之和");
        }
    }
}
