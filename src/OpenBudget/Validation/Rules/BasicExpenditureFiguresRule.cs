using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1405: the basic expenditure figures of the explanations (基本支出, 人员经费, 公用经费) equal table 6.</summary>
internal sealed class BasicExpenditureFiguresRule : ExplanationFiguresRule
{
    public BasicExpenditureFiguresRule()
        : base("OB1405", "Stated basic expenditure figures equal table 6", "情况说明基本支出数与表6一致", TableKind.GeneralPublicBudgetBasicExpenditure, [FigureGroupKeys.BasicExpenditure])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, null));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => part.Key is ColumnKeys.Personnel or ColumnKeys.Public ? (context.Total(table, null), part.Key)
            : part.Key is ColumnKeys.BasicPersonnel ? (context.Total(table, null), ColumnKeys.Personnel)
            : part.Key is ColumnKeys.BasicPublic ? (context.Total(table, null), ColumnKeys.Public)
            : (-2, "");
}
