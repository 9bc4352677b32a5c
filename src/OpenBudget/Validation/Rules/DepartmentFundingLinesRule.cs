using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1502: a performance table's funding total equals the sum of the funding lines it prints (the department table's 上级安排, 本级安排, 其他).</summary>
internal sealed class DepartmentFundingLinesRule : PerformanceRule
{
    public DepartmentFundingLinesRule()
        : base("OB1502", "Performance funding total equals the sum of its lines", "绩效目标表资金总额等于各资金来源行之和")
    {
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        for (int index = FirstTable(disclosure); index < disclosure.Performance.Projects.Count; index++)
        {
            PerformanceTable table = TableAt(disclosure, index);
            PerformanceFunding funding = table.Funding;
            if (funding.Total.IsBlank || funding.Lines.IsEmpty)
            {
                continue;
            }

            for (int l = 0; l < funding.Lines.Count; l++)
            {
                context.Terms.Add(FigureRef.Funding(index, FigureField.Line, l, funding.Lines[l].Amount, funding.Lines[l].Unit));
            }

            context.CheckSum(FigureRef.Funding(index, FigureField.Total, 0, funding.Total, funding.Unit), "the sum of the funding lines", "各资金来源行之和");
        }
    }
}
