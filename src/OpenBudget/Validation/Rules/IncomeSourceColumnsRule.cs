using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1103: in table 2, 总计 = 财政拨款小计 + 财政专户 + 单位资金 + 财政拨款结转 + 非财政拨款结转结余.</summary>
internal sealed class IncomeSourceColumnsRule : ColumnSumRule
{
    public IncomeSourceColumnsRule()
        : base(
            "OB1103",
            "A row's total income equals the sum of its sources",
            "收入总计等于各来源之和",
            [
                new(TableKind.Income, null, ColumnKeys.Total, [ColumnKeys.Fiscal, ColumnKeys.FiscalSpecialAccount, ColumnKeys.UnitFunds, ColumnKeys.FiscalCarryOver, ColumnKeys.NonFiscalCarryOver]),
            ],
            "the sum of the source columns",
            "各来源列之和")
    {
    }
}
