using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1107: in table 12, 合计 = 财政拨款小计 + 非财政拨款小计, and each 小计 = 人员经费 + 公用经费 + 项目支出.</summary>
internal sealed class CarryOverColumnsRule : ColumnSumRule
{
    public CarryOverColumnsRule()
        : base(
            "OB1107",
            "Carry-over totals equal the sum of their parts",
            "结转结余合计等于各部分之和",
            [
                new(TableKind.PriorYearCarryOver, null, ColumnKeys.Total, [ColumnKeys.Fiscal, ColumnKeys.NonFiscal]),
                new(TableKind.PriorYearCarryOver, null, ColumnKeys.Fiscal, [ColumnKeys.FiscalBasicPersonnel, ColumnKeys.FiscalBasicPublic, ColumnKeys.FiscalProject]),
                new(TableKind.PriorYearCarryOver, null, ColumnKeys.NonFiscal, [ColumnKeys.NonFiscalBasicPersonnel, ColumnKeys.NonFiscalBasicPublic, ColumnKeys.NonFiscalProject]),
            ],
            "the sum of its part columns",
            "各组成列之和")
    {
    }
}
