using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1301: in table 1, 收入总计 equals 支出总计.</summary>
internal sealed class IncomeEqualsExpenditureRule : ValidationRule
{
    public IncomeEqualsExpenditureRule()
        : base("OB1301", "Table 1's income total equals its expenditure total", "表1收入总计等于支出总计", RuleCategory.AcrossTables, Severity.Error, [TableKind.IncomeExpenditureSummary], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context) => CompareSides(context, TableKind.IncomeExpenditureSummary);

    internal static void CompareSides(ValidationContext context, TableKind kind)
    {
        context.TryTable(kind, out DisclosureTable table, out int tableIndex);
        int income = context.Total(table, TableSide.Income);
        int expenditure = context.Total(table, TableSide.Expenditure);
        if (income < 0 || expenditure < 0 || income == expenditure)
        {
            return;
        }

        context.CheckEqual(TableShape.Main(table, tableIndex, income), TableShape.Main(table, tableIndex, expenditure), "the expenditure total", "支出总计");
    }
}
