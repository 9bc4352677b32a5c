using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1406: the "三公" figures of the explanations (total, 因公出国（境）, 公务用车购置, 运行维护, 公务接待) equal table 10.</summary>
internal sealed class ThreePublicFiguresRule : ExplanationFiguresRule
{
    public ThreePublicFiguresRule()
        : base("OB1406", "Stated three public expenses equal table 10", "情况说明“三公”经费与表10一致", TableKind.ThreePublicExpenses, [FigureGroupKeys.ThreePublicExpenses])
    {
    }

    private protected override (int Row, string Column) FindTotal(DisclosureTable table, string group)
    {
        int row = TableShape.Total(table, null);
        return Main(table, row >= 0 ? row : TableShape.Line(table, RowKeys.ThreePublicTotal, null));
    }

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => part.Key is RowKeys.OverseasTravel or RowKeys.Reception or RowKeys.Vehicles or RowKeys.VehiclePurchase or RowKeys.VehicleOperation
            ? Main(table, TableShape.Line(table, part.Key, null))
            : (-2, "");
}
