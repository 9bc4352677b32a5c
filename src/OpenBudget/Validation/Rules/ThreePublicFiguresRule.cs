using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1406: the "三公" figures of the explanations (total, 因公出国（境）, 公务用车购置, 运行维护, 公务接待) equal table 10.</summary>
/// <remarks>
/// The table prints the figures either as rows (a row per expense, as in the sample) or as columns of one line (合计, 因公出国（境）费,
/// 公务用车购置及运行费, 公务接待费 side by side, as Shanghai's budgets do): a figure is the row of its key, else the column of its key
/// in the total row, else in the first row that has it.
/// </remarks>
internal sealed class ThreePublicFiguresRule : ExplanationFiguresRule
{
    public ThreePublicFiguresRule()
        : base("OB1406", "Stated three public expenses equal table 10", "情况说明“三公”经费与表10一致", TableKind.ThreePublicExpenses, [FigureGroupKeys.ThreePublicExpenses])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
    {
        int row = context.Total(table, null);
        if (row >= 0 && !table.Rows[row].HasCell(ColumnKeys.ThreePublicTotal))
        {
            return Main(table, row);
        }

        return Figure(context, table, RowKeys.ThreePublicTotal);
    }

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
        => part.Key is RowKeys.OverseasTravel or RowKeys.Reception or RowKeys.Vehicles or RowKeys.VehiclePurchase or RowKeys.VehicleOperation
            ? Figure(context, table, part.Key)
            : (-2, "");

    /// <summary>Finds a figure printed as a row of its key, or as a column of its key (in the total row first); row -1 when the table prints it neither way.</summary>
    private static (int Row, string Column) Figure(ValidationContext context, DisclosureTable table, string key)
    {
        int row = TableShape.Line(table, key, null);
        if (row >= 0)
        {
            return Main(table, row);
        }

        int total = context.Total(table, null);
        if (total >= 0 && table.Rows[total].HasCell(key))
        {
            return (total, key);
        }

        var rows = table.Rows;
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].HasCell(key))
            {
                return (r, key);
            }
        }

        return (-1, ColumnKeys.Total);
    }
}
