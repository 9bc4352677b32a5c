using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1404: the general public budget figures of the explanations (当年拨款 total, 基本支出, 项目支出; the structure by class; the use by item) equal table 5.</summary>
internal sealed class GeneralPublicBudgetFiguresRule : ExplanationFiguresRule
{
    public GeneralPublicBudgetFiguresRule()
        : base(
            "OB1404",
            "Stated general public budget figures equal table 5",
            "情况说明一般公共预算数与表5一致",
            TableKind.GeneralPublicBudgetExpenditure,
            [FigureGroupKeys.GeneralPublicBudget, FigureGroupKeys.GeneralPublicBudgetStructure, FigureGroupKeys.GeneralPublicBudgetByItem])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, null));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => part.Key is ColumnKeys.Basic or ColumnKeys.Project ? (context.Total(table, null), part.Key) : ByCode(table, part, null);
}
