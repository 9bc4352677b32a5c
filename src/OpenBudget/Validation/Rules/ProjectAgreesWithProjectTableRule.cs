using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1309: table 5's project expenditure (项目支出) per functional code equals the sum of table 7's projects under that code, summed over units; the totals agree.</summary>
internal sealed class ProjectAgreesWithProjectTableRule : ValidationRule
{
    public ProjectAgreesWithProjectTableRule()
        : base("OB1309", "Table 5's project expenditure equals table 7 per code", "表5项目支出与表7各科目一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.GeneralPublicBudgetExpenditure, TableKind.GeneralPublicBudgetProjectExpenditure], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.GeneralPublicBudgetExpenditure, out DisclosureTable t5, out int i5);
        context.TryTable(TableKind.GeneralPublicBudgetProjectExpenditure, out DisclosureTable t7, out int i7);
        var rows5 = t5.Rows;
        var rows7 = t7.Rows;
        for (int r = 0; r < rows5.Count; r++)
        {
            TableRow row = rows5[r];
            if (!row.HasCell(ColumnKeys.Project))
            {
                continue;
            }

            FigureRef stated = ValidationContext.Cell(t5, i5, r, ColumnKeys.Project);
            if (row.Kind == RowKind.Total)
            {
                int total7 = context.Total(t7, null);
                if (total7 >= 0)
                {
                    context.CheckEqual(stated, TableShape.Main(t7, i7, total7), "the total of table 7", "表7总计");
                }

                continue;
            }

            if (row.Functional is not { } code)
            {
                continue;
            }

            decimal sum = 0m;
            for (int p = 0; p < rows7.Count; p++)
            {
                if (rows7[p].Kind == RowKind.Project && rows7[p].Functional is { } projectCode && projectCode.IsWithin(code))
                {
                    sum += TableShape.MainAmount(rows7[p]).ValueOrZero;
                }
            }

            if (t5.Unit == t7.Unit && context.Holds(row[ColumnKeys.Project].ValueOrZero, sum))
            {
                // Both tables printed in one unit: a sum that holds is counted without building its terms.
                continue;
            }

            for (int p = 0; p < rows7.Count; p++)
            {
                if (rows7[p].Kind == RowKind.Project && rows7[p].Functional is { } projectCode && projectCode.IsWithin(code))
                {
                    context.Terms.Add(TableShape.Main(t7, i7, p));
                }
            }

            context.CheckSum(stated, "the sum of table 7's projects under this code", "表7该科目下各项目之和");
        }

        // Projects under a code that table 5 does not print at all.
        for (int p = 0; p < rows7.Count; p++)
        {
            if (rows7[p].Kind == RowKind.Project && rows7[p].Functional is { } projectCode && !HasAncestorRow(t5, projectCode))
            {
                context.CheckSum(TableShape.Main(t7, i7, p), new Expectation("the project expenditure of this code in {0}, which prints no such code", "{0}中该科目项目支出（未列示该科目）", t5));
            }
        }
    }

    private static bool HasAncestorRow(DisclosureTable table, Classification.FunctionalCode code)
    {
        foreach (TableRow row in table.Rows)
        {
            if (row.Functional is { } f && code.IsWithin(f))
            {
                return true;
            }
        }

        return false;
    }
}
