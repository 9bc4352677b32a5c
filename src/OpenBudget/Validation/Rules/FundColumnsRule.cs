using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1104: in table 2, 财政拨款小计 = 一般公共预算 + 上级一般公共预算转移支付 + 政府性基金 + 上级政府性基金转移支付 + 国有资本经营预算, and 单位资金 = the sum of its parts where printed.</summary>
internal sealed class FundColumnsRule : ColumnSumRule
{
    public FundColumnsRule()
        : base(
            "OB1104",
            "Fiscal appropriations equal the sum of the fund types",
            "财政拨款小计等于各类财政拨款之和",
            [
                new(TableKind.Income, null, ColumnKeys.Fiscal, [ColumnKeys.GeneralPublicBudget, ColumnKeys.GeneralPublicBudgetTransfer, ColumnKeys.GovernmentFund, ColumnKeys.GovernmentFundTransfer, ColumnKeys.StateCapital]),
                new(TableKind.Income, null, ColumnKeys.UnitFunds, [ColumnKeys.PublicServiceRevenue, ColumnKeys.BusinessRevenue, ColumnKeys.OtherRevenue]),
            ],
            "the sum of the fund columns",
            "各资金列之和")
    {
    }
}
