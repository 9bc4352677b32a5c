using OpenBudget.Disclosures;
using static OpenBudget.Disclosures.RowKeys;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1202: table 4's income lines add up: 财政拨款（补助） = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; 收入总计 = 财政拨款 (+ 上年结转 where printed).</summary>
internal sealed class FiscalAppropriationLinesRule : LineSumRule
{
    private const TableKind Kind = TableKind.FiscalAppropriationSummary;
    private const TableSide Income = TableSide.Income;

    public FiscalAppropriationLinesRule()
        : base(
            "OB1202",
            "Table 4's income lines add up",
            "表4收入各行勾稽",
            [
                new(Kind, Income, FiscalAppropriation, [GeneralPublicBudget, GovernmentFund, StateCapital]),
                new(Kind, Income, TableShape.TotalLine, [FiscalAppropriation, CarryOver]),
            ])
    {
    }
}
