using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Tests.Validation;

/// <summary>Builds small hand-made disclosures, one table or paragraph at a time.</summary>
internal static class Small
{
    public static TableRow Row(RowKind kind, string code, params (string Column, decimal? Amount)[] cells)
        => new()
        {
            Kind = kind,
            Functional = FunctionalCode.Parse(code),
            Name = "",
            Cells = [.. cells.Select(c => new TableCell(c.Column, Amount.FromNullable(c.Amount)))],
        };

    public static TableRow TotalRow(params (string Column, decimal? Amount)[] cells)
        => new() { Kind = RowKind.Total, Name = "总计", Cells = [.. cells.Select(c => new TableCell(c.Column, Amount.FromNullable(c.Amount)))] };

    public static DisclosureTable Table(TableKind kind, string number, string[] columns, params TableRow[] rows)
        => new()
        {
            Kind = kind,
            Number = number,
            Title = kind.ToString(),
            Columns = [.. columns.Select(c => new TableColumn(c, c == ColumnKeys.Total ? "合计" : c))],
            Rows = rows,
        };

    public static BudgetDisclosure With(params DisclosureTable[] tables)
        => new() { Department = "测试局", FiscalYear = 2026, Tables = tables };

    /// <summary>Table 3 with class 206 over its sections, in the total column only.</summary>
    public static BudgetDisclosure ClassOverSections(decimal classTotal, params decimal[] sections)
    {
        var rows = new List<TableRow> { Row(RowKind.Class, "206", (ColumnKeys.Total, classTotal)) };
        for (int i = 0; i < sections.Length; i++)
        {
            rows.Add(Row(RowKind.Section, $"206 {i + 1:00}", (ColumnKeys.Total, sections[i])));
        }

        return With(Table(TableKind.Expenditure, "3", [ColumnKeys.Total], [.. rows]));
    }
}
