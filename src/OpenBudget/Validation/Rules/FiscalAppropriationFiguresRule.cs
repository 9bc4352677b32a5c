using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1403: the fiscal appropriation figures of the explanations (财政拨款收支总预算, its income lines and classes) equal table 4.</summary>
internal sealed class FiscalAppropriationFiguresRule : ExplanationFiguresRule
{
    public FiscalAppropriationFiguresRule()
        : base("OB1403", "Stated fiscal appropriation figures equal table 4", "情况说明财政拨款收支数与表4一致", TableKind.FiscalAppropriationSummary, [FigureGroupKeys.FiscalAppropriation])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, TableSide.Income));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
    {
        if (part.Functional is not null)
        {
            return ByCode(table, part, TableSide.Expenditure);
        }

        return part.Key is { } key ? Main(table, TableShape.Line(table, key, TableSide.Income)) : (-2, "");
    }
}
