using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1401: the overall budget (收支总预算) and the income figures of the explanations (收入预算 by source) equal table 1.</summary>
internal sealed class IncomeFiguresRule : ExplanationFiguresRule
{
    public IncomeFiguresRule()
        : base("OB1401", "Stated income figures equal table 1", "情况说明收入数与表1一致", TableKind.IncomeExpenditureSummary, [FigureGroupKeys.Overall, FigureGroupKeys.Income])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, TableSide.Income));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => group == FigureGroupKeys.Income && part.Key is { } key ? Main(table, TableShape.Line(table, key, TableSide.Income)) : (-2, "");
}
