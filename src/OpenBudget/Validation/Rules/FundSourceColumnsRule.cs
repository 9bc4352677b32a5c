using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1106: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 in tables 10 and 11 and on the expenditure side of table 4.</summary>
internal sealed class FundSourceColumnsRule : ColumnSumRule
{
    public FundSourceColumnsRule()
        : base(
            "OB1106",
            "A row's total equals the sum of its funding sources",
            "合计等于各资金来源之和",
            [
                new(TableKind.FiscalAppropriationSummary, TableSide.Expenditure, ColumnKeys.Total, [ColumnKeys.GeneralPublicBudget, ColumnKeys.GovernmentFund, ColumnKeys.StateCapital]),
                new(TableKind.ThreePublicExpenses, null, ColumnKeys.Total, [ColumnKeys.GeneralPublicBudget, ColumnKeys.GovernmentFund, ColumnKeys.StateCapital]),
                new(TableKind.CommissionedServices, null, ColumnKeys.Total, [ColumnKeys.GeneralPublicBudget, ColumnKeys.GovernmentFund, ColumnKeys.StateCapital]),
            ],
            "the sum of the funding source columns",
            "各资金来源列之和")
    {
    }
}
