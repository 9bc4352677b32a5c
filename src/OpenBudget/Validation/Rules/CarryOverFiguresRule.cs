using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1407: the carry-over figures of the explanations (上年结转结余 total, 财政拨款, 非财政拨款, and each listed item by name) equal table 12.</summary>
internal sealed class CarryOverFiguresRule : ExplanationFiguresRule
{
    public CarryOverFiguresRule()
        : base("OB1407", "Stated carry-over figures equal table 12", "情况说明上年结转结余数与表12一致", TableKind.PriorYearCarryOver, [FigureGroupKeys.CarryOver, FigureGroupKeys.CarryOverItems])
    {
    }

    private protected override (int Row, string Column) FindTotal(ValidationContext context, DisclosureTable table, string group)
        => Main(table, context.Total(table, null));

    private protected override (int Row, string Column) FindPart(ValidationContext context, DisclosureTable table, string group, StatedFigure part)
    {
        int total = context.Total(table, null);
        switch (part.Key)
        {
            case RowKeys.FiscalCarryOver or ColumnKeys.Fiscal:
                return (total, ColumnKeys.Fiscal);
            case RowKeys.NonFiscalCarryOver or ColumnKeys.NonFiscal:
                return (total, ColumnKeys.NonFiscal);
        }

        if (group != FigureGroupKeys.CarryOverItems && part.Key is not null)
        {
            return (-2, "");
        }

        string name = context.NameKey(part.Subject);
        context.TryTable(TableKind.PriorYearCarryOver, out _, out int tableIndex);
        ProjectRows listed = context.Projects(table, tableIndex);
        for (int i = 0; i < listed.Count; i++)
        {
            if (NameText.Matches(name, listed.Key(i)))
            {
                return Main(table, listed.Row(i));
            }
        }

        for (int i = 0; i < listed.Count; i++)
        {
            if (NameText.Near(NameText.TrimSuffix(name), NameText.TrimSuffix(listed.Key(i))))
            {
                return Main(table, listed.Row(i));
            }
        }

        return (-2, "");
    }
}
