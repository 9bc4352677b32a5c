using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1302: in table 4, 财政拨款收入总计 equals 财政拨款支出总计.</summary>
internal sealed class FiscalIncomeEqualsExpenditureRule : ValidationRule
{
    public FiscalIncomeEqualsExpenditureRule()
        : base("OB1302", "Table 4's income total equals its expenditure total", "表4收入总计等于支出总计", RuleCategory.AcrossTables, Severity.Error, [TableKind.FiscalAppropriationSummary], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context) => IncomeEqualsExpenditureRule.CompareSides(context, TableKind.FiscalAppropriationSummary);
}
