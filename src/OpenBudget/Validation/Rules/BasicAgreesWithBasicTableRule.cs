using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1308: table 5's total basic expenditure (基本支出) equals table 6's total.</summary>
internal sealed class BasicAgreesWithBasicTableRule : ValidationRule
{
    public BasicAgreesWithBasicTableRule()
        : base("OB1308", "Table 5's basic expenditure equals table 6's total", "表5基本支出等于表6总计", RuleCategory.AcrossTables, Severity.Error, [TableKind.GeneralPublicBudgetExpenditure, TableKind.GeneralPublicBudgetBasicExpenditure], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.GeneralPublicBudgetExpenditure, out DisclosureTable t5, out int i5);
        context.TryTable(TableKind.GeneralPublicBudgetBasicExpenditure, out DisclosureTable t6, out int i6);
        int total5 = context.Total(t5, null);
        int total6 = context.Total(t6, null);
        if (total5 < 0 || total6 < 0 || !t5.Rows[total5].HasCell(ColumnKeys.Basic))
        {
            return;
        }

        context.CheckEqual(ValidationContext.Cell(t5, i5, total5, ColumnKeys.Basic), TableShape.Main(t6, i6, total6), "the total of table 6", "表6总计");
    }
}
