using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1101: 合计 = 基本支出 + 项目支出 in tables 3 and 5; 合计 = 人员经费 + 公用经费 + 项目支出 in tables 8 and 9.</summary>
internal sealed class BasicPlusProjectRule : ColumnSumRule
{
    public BasicPlusProjectRule()
        : base(
            "OB1101",
            "A row's total equals basic plus project expenditure",
            "合计等于基本支出加项目支出",
            [
                new(TableKind.Expenditure, null, ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.Project]),
                new(TableKind.GeneralPublicBudgetExpenditure, null, ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.Project]),
                new(TableKind.GovernmentFundExpenditure, null, ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.BasicPersonnel, ColumnKeys.BasicPublic, ColumnKeys.Project]),
                new(TableKind.StateCapitalExpenditure, null, ColumnKeys.Total, [ColumnKeys.Basic, ColumnKeys.BasicPersonnel, ColumnKeys.BasicPublic, ColumnKeys.Project]),
            ],
            "basic plus project expenditure",
            "基本支出与项目支出之和")
    {
    }
}
