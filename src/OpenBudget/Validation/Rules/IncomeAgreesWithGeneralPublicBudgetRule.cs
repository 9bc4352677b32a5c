using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1307: per functional code and in total, table 5's 一般公共预算支出 equals table 2's 一般公共预算 plus 上级一般公共预算安排的转移支付.</summary>
internal sealed class IncomeAgreesWithGeneralPublicBudgetRule : ValidationRule
{
    public IncomeAgreesWithGeneralPublicBudgetRule()
        : base("OB1307", "Table 5 agrees with table 2's general public budget columns per code", "表5与表2一般公共预算各科目一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.GeneralPublicBudgetExpenditure, TableKind.Income], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.GeneralPublicBudgetExpenditure, out DisclosureTable t5, out int i5);
        context.TryTable(TableKind.Income, out DisclosureTable t2, out int i2);
        bool own = TableShape.HasColumn(t2, ColumnKeys.GeneralPublicBudget);
        bool transfer = TableShape.HasColumn(t2, ColumnKeys.GeneralPublicBudgetTransfer);
        if (!own && !transfer)
        {
            return;
        }

        var rows = t5.Rows;
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            int match = row.Kind == RowKind.Total ? context.Total(t2, null) : row.Functional is { } code ? TableShape.CodeRow(t2, code) : -2;
            if (match == -2)
            {
                continue;
            }

            FigureRef stated = TableShape.Main(t5, i5, r);
            if (t5.Unit == t2.Unit)
            {
                TableRow? matched = match >= 0 ? t2.Rows[match] : null;
                decimal sum = matched is null ? 0m : (own ? matched[ColumnKeys.GeneralPublicBudget].ValueOrZero : 0m) + (transfer ? matched[ColumnKeys.GeneralPublicBudgetTransfer].ValueOrZero : 0m);
                if (context.Holds(stated.Amount.ValueOrZero, sum))
                {
                    // Both tables printed in one unit: a sum that holds is counted without building its terms.
                    continue;
                }
            }

            if (match >= 0)
            {
                if (own)
                {
                    context.Terms.Add(ValidationContext.Cell(t2, i2, match, ColumnKeys.GeneralPublicBudget));
                }

                if (transfer)
                {
                    context.Terms.Add(ValidationContext.Cell(t2, i2, match, ColumnKeys.GeneralPublicBudgetTransfer));
                }
            }

            context.CheckSum(stated, "table 2's general public budget columns for the same code", "表2同一科目一般公共预算（含上级转移支付）");
        }
    }
}
