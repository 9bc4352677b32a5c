using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared body of the rules that compare the explanations' stated figures with a table: a group's total with a table cell, and each part with the cell its key or code names.</summary>
internal abstract class ExplanationFiguresRule : ValidationRule
{
    private readonly string[] _groups;

    private protected ExplanationFiguresRule(string id, string titleEn, string titleZh, TableKind table, string[] groups)
        : base(id, titleEn, titleZh, RuleCategory.Explanations, Severity.Error, [table], needsAllTables: true)
    {
        _groups = groups;
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
        => base.SkipReason(disclosure)
            ?? (Explained.HasGroup(disclosure, _groups) ? null : Explained.Reason($"paragraphs {string.Join(", ", _groups.Select(k => $"{Labels.Group(k)} ({k})"))}"));

    internal override void Check(ValidationContext context)
    {
        context.TryTable(Tables[0], out DisclosureTable table, out int tableIndex);
        BudgetDisclosure disclosure = context.Disclosure;
        var expectation = new Expectation("the amount in {0}", "{0}所列金额", table);
        foreach (string key in _groups)
        {
            int group = Explained.Group(disclosure, key);
            if (group < 0)
            {
                continue;
            }

            FigureGroup figures = disclosure.Explanations.Groups[group];
            if (figures.Total is { } total && !total.Amount.IsBlank && FindTotal(context, table, key) is var (totalRow, totalColumn) && totalRow >= 0
                && !Holds(context, total, table, totalRow, totalColumn))
            {
                context.CheckEqual(Explained.Total(disclosure, group), ValidationContext.Cell(table, tableIndex, totalRow, totalColumn), expectation);
            }

            for (int p = 0; p < figures.Parts.Count; p++)
            {
                StatedFigure part = figures.Parts[p];
                if (part.Amount.IsBlank || part.Undisclosed)
                {
                    continue;
                }

                (int row, string column) = FindPart(context, table, key, part);
                if (row == -2)
                {
                    continue;
                }

                if (row >= 0)
                {
                    if (!Holds(context, part, table, row, column))
                    {
                        context.CheckEqual(Explained.Part(disclosure, group, p), ValidationContext.Cell(table, tableIndex, row, column), expectation);
                    }
                }
                else
                {
                    // The table prints no such row: the stated figure is compared with nothing.
                    context.CheckSum(Explained.Part(disclosure, group, p), expectation);
                }
            }
        }
    }

    /// <summary>Counts a stated figure that equals its table cell as printed in the table's unit, without building either's reference.</summary>
    private static bool Holds(ValidationContext context, StatedFigure figure, DisclosureTable table, int row, string column)
        => figure.Unit == table.Unit && context.Holds(figure.Amount.ValueOrZero, table.Rows[row][column].ValueOrZero);

    /// <summary>Finds the table cell a group's total is; row -1 when the table has none.</summary>
    private protected abstract (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group);

    /// <summary>Finds the table cell a part is; row -1 when the table prints no such row (compared with nothing), -2 when the part is not about this table.</summary>
    private protected abstract (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part);

    private protected static (int Row, string Column) Main(DisclosureTable table, int row)
        => row < 0 ? (-1, ColumnKeys.Total) : (row, TableShape.MainColumn(table.Rows[row]) ?? ColumnKeys.Total);

    private protected static (int Row, string Column) ByCode(DisclosureTable table, StatedFigure part, TableSide? side)
        => part.Functional is { } code ? Main(table, TableShape.CodeRow(table, code, side)) : (-2, "");
}
