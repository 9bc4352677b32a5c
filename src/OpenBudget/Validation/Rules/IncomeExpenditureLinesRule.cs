using OpenBudget.Disclosures;
using static OpenBudget.Disclosures.RowKeys;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1201: table 1's income lines add up: 本年收入 = Σ 来源; 一般公共预算拨款 = 一般财力 + 转移支付 (and likewise for the funds); 单位资金 = Σ 其中; 上年结转结余 = 财政拨款结转 + 非财政拨款结转结余 and each = Σ 其中; 收入总计 = 本年收入 + 上年结转结余.</summary>
internal sealed class IncomeExpenditureLinesRule : LineSumRule
{
    private const TableKind Kind = TableKind.IncomeExpenditureSummary;
    private const TableSide Income = TableSide.Income;

    public IncomeExpenditureLinesRule()
        : base(
            "OB1201",
            "Table 1's income lines add up",
            "表1收入各行勾稽",
            [
                new(Kind, Income, CurrentYearIncome, [GeneralPublicBudget, GovernmentFund, StateCapital, FiscalSpecialAccount, UnitFunds], Unless: FiscalAppropriation),
                new(Kind, Income, CurrentYearIncome, [FiscalAppropriation, FiscalSpecialAccount, UnitFunds], Requires: FiscalAppropriation),
                new(Kind, Income, FiscalAppropriation, [GeneralPublicBudget, GovernmentFund, StateCapital]),
                new(Kind, Income, GeneralPublicBudget, [GeneralPublicBudgetOwnRevenue, GeneralPublicBudgetTransfer]),
                new(Kind, Income, GovernmentFund, [GovernmentFundOwnRevenue, GovernmentFundTransfer]),
                new(Kind, Income, StateCapital, [StateCapitalOwnRevenue, StateCapitalTransfer]),
                new(Kind, Income, UnitFunds, [PublicServiceRevenue, HigherLevelSubsidy, AffiliatedRemittance, BusinessRevenue, OtherRevenue]),
                new(Kind, Income, CarryOver, [FiscalCarryOver, NonFiscalCarryOver]),
                new(Kind, Income, FiscalCarryOver, [FiscalCarryOverGeneralPublicBudget, FiscalCarryOverGovernmentFund, FiscalCarryOverStateCapital]),
                new(Kind, Income, NonFiscalCarryOver, [NonFiscalCarryOverSpecialAccount, NonFiscalCarryOverUnitFunds]),
                new(Kind, Income, TableShape.TotalLine, [CurrentYearIncome, CarryOver]),
            ])
    {
    }
}
