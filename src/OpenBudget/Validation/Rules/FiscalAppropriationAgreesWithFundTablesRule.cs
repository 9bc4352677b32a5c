using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1305: table 4's expenditure by class and in total equals table 5 (一般公共预算), table 8 (政府性基金) and table 9 (国有资本经营) column by column.</summary>
internal sealed class FiscalAppropriationAgreesWithFundTablesRule : ValidationRule
{
    private static readonly (string Column, TableKind Kind)[] Funds =
    [
        (ColumnKeys.GeneralPublicBudget, TableKind.GeneralPublicBudgetExpenditure),
        (ColumnKeys.GovernmentFund, TableKind.GovernmentFundExpenditure),
        (ColumnKeys.StateCapital, TableKind.StateCapitalExpenditure),
    ];

    public FiscalAppropriationAgreesWithFundTablesRule()
        : base("OB1305", "Table 4 agrees with tables 5, 8 and 9 per class and in total", "表4与表5、表8、表9各类及总计一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.FiscalAppropriationSummary, TableKind.GeneralPublicBudgetExpenditure], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.FiscalAppropriationSummary, out DisclosureTable t4, out int i4);
        foreach ((string column, TableKind kind) in Funds)
        {
            if (!TableShape.HasColumn(t4, column) || !context.TryTable(kind, out DisclosureTable fund, out int fundIndex))
            {
                continue;
            }

            var expectation = new Expectation("the amount in {0}", "{0}对应金额", fund);
            var rows = t4.Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                TableRow row = rows[r];
                if (row.Side == TableSide.Income || !row.HasCell(column))
                {
                    continue;
                }

                int match = row.Kind == RowKind.Total ? context.Total(fund, null) : row.Kind == RowKind.Class && row.Functional is { } code ? TableShape.CodeRow(fund, code) : -2;
                if (match == -2)
                {
                    continue;
                }

                if (match >= 0)
                {
                    context.CheckEqual(ValidationContext.Cell(t4, i4, r, column), TableShape.Main(fund, fundIndex, match), expectation);
                }
                else if (!context.Holds(row[column].ValueOrZero, 0m))
                {
                    // The fund table prints no such row: an amount is compared with nothing (a blank or zero one holds).
                    context.CheckSum(ValidationContext.Cell(t4, i4, r, column), expectation);
                }
            }

            // Classes the fund table prints that table 4 leaves blank or out.
            var fundRows = fund.Rows;
            for (int r = 0; r < fundRows.Count; r++)
            {
                if (fundRows[r].Kind == RowKind.Class && fundRows[r].Functional is { } code && TableShape.CodeRow(t4, code, TableSide.Expenditure) < 0)
                {
                    context.CheckSum(TableShape.Main(fund, fundIndex, r), new Expectation("the amount of this class in {0}, which prints no such row", "{0}中该类金额（未列示该类）", t4));
                }
            }
        }
    }
}
