using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1306: table 4's income lines (一般公共预算, 政府性基金预算, 国有资本经营预算, 财政拨款合计) equal table 1's.</summary>
internal sealed class FiscalAppropriationAgreesWithSummaryRule : ValidationRule
{
    private static readonly string[] Lines = [RowKeys.GeneralPublicBudget, RowKeys.GovernmentFund, RowKeys.StateCapital];

    public FiscalAppropriationAgreesWithSummaryRule()
        : base("OB1306", "Table 4's fiscal income agrees with table 1", "表4财政拨款收入与表1一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.FiscalAppropriationSummary, TableKind.IncomeExpenditureSummary], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.FiscalAppropriationSummary, out DisclosureTable t4, out int i4);
        context.TryTable(TableKind.IncomeExpenditureSummary, out DisclosureTable t1, out int i1);
        foreach (string line in Lines)
        {
            int row4 = TableShape.Line(t4, line, TableSide.Income);
            int row1 = TableShape.Line(t1, line, TableSide.Income);
            if (row4 >= 0 && row1 >= 0)
            {
                context.CheckEqual(TableShape.Main(t4, i4, row4), TableShape.Main(t1, i1, row1), "the same line of table 1", "表1同一行");
            }
        }

        int fiscal4 = TableShape.Line(t4, RowKeys.FiscalAppropriation, TableSide.Income);
        if (fiscal4 < 0)
        {
            return;
        }

        int fiscal1 = TableShape.Line(t1, RowKeys.FiscalAppropriation, TableSide.Income);
        if (fiscal1 >= 0)
        {
            context.Terms.Add(TableShape.Main(t1, i1, fiscal1));
        }
        else
        {
            foreach (string line in Lines)
            {
                int row1 = TableShape.Line(t1, line, TableSide.Income);
                if (row1 >= 0)
                {
                    context.Terms.Add(TableShape.Main(t1, i1, row1));
                }
            }
        }

        if (context.Terms.Count > 0)
        {
            context.CheckSum(TableShape.Main(t4, i4, fiscal4), "table 1's fiscal appropriations", "表1财政拨款收入");
        }
    }
}
