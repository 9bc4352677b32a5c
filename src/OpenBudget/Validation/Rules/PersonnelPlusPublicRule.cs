using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1102: 合计 = 人员经费 + 公用经费 in table 6.</summary>
internal sealed class PersonnelPlusPublicRule : ColumnSumRule
{
    public PersonnelPlusPublicRule()
        : base(
            "OB1102",
            "A row's total equals personnel plus public expenses",
            "合计等于人员经费加公用经费",
            [new(TableKind.GeneralPublicBudgetBasicExpenditure, null, ColumnKeys.Total, [ColumnKeys.Personnel, ColumnKeys.Public])],
            "personnel plus public expenses",
            "人员经费与公用经费之和")
    {
    }
}
