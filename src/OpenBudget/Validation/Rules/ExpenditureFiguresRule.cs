using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1402: the expenditure figures of the explanations (支出预算: total, 基本支出, 项目支出, classes) equal table 3.</summary>
internal sealed class ExpenditureFiguresRule : ExplanationFiguresRule
{
    public ExpenditureFiguresRule()
        : base("OB1402", "Stated expenditure figures equal table 3", "情况说明支出数与表3一致", TableKind.Expenditure, [FigureGroupKeys.Expenditure])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, null));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => part.Key is ColumnKeys.Basic or ColumnKeys.Project ? (context.Total(table, null), part.Key) : ByCode(table, part, null);
}
