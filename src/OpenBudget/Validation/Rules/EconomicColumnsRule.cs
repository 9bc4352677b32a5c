using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1105: in table 7, 项目支出合计 = the sum of the economic class columns (工资福利支出, 商品和服务支出, …).</summary>
internal sealed class EconomicColumnsRule : ColumnSumRule
{
    private static readonly string[] Classes = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"];

    public EconomicColumnsRule()
        : base(
            "OB1105",
            "A project row's total equals the sum of its economic classes",
            "项目支出合计等于各经济分类之和",
            [
                new(
                    TableKind.GeneralPublicBudgetProjectExpenditure,
                    null,
                    ColumnKeys.Total,
                    [.. Classes.Select(c => ColumnKeys.EconomicPrefix + c)]),
            ],
            "the sum of the economic class columns",
            "各经济分类列之和")
    {
    }
}
