using System.Globalization;
using System.Text;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Cli.Commands;

/// <summary>Writes disclosure tables for a terminal: columns padded by display width, so that Chinese text (two columns a character) lines up; names left, amounts right.</summary>
internal static class TableText
{
    private const string Gap = "  ";

    private static readonly string[] ListHeader = ["No.", "Kind (--table)", "Title", "Rows"];

    private static readonly bool[] ListAlignRight = [false, false, false, true];

    /// <summary>Lists a disclosure's tables: number, kind, title and how many rows.</summary>
    internal static void WriteList(BudgetDisclosure disclosure, TextWriter output)
    {
        output.WriteLine($"{disclosure.Department} {disclosure.FiscalYear} {(disclosure.Phase == DisclosurePhase.Budget ? "budget" : "final accounts")}: {Count(disclosure.Tables.Count, "table")}");
        var grid = new List<string[]> { ListHeader };
        foreach (DisclosureTable table in disclosure.Tables)
        {
            grid.Add([ShowCommand.NumberOf(table) is string n ? "表" + n : "", ShowCommand.KindName(table.Kind), table.Title, table.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)]);
        }

        WriteGrid(grid, ListAlignRight, output);
    }

    /// <summary>Writes one table: its title line, then for each side (income, expenditure; one for a one-sided table) a grid of code, unit, project, name and amount columns.</summary>
    internal static void Write(DisclosureTable table, TextWriter output)
    {
        string number = ShowCommand.NumberOf(table) is string n ? "表" + n + " " : "";
        var about = new List<string> { ShowCommand.KindName(table.Kind), "单位：" + UnitName(table.Unit) };
        if (!string.IsNullOrEmpty(table.PreparedBy))
        {
            about.Add("编制部门：" + table.PreparedBy);
        }

        output.WriteLine($"{number}{table.Title} ({string.Join("; ", about)})");
        TableSide?[] sides = [.. table.Rows.Select(r => r.Side).Concat(table.Columns.Select(c => c.Side)).Distinct().Order()];
        foreach (TableSide? side in sides)
        {
            output.WriteLine();
            if (side is TableSide s)
            {
                output.WriteLine(s == TableSide.Income ? "收入 (income)" : "支出 (expenditure)");
            }

            TableColumn[] columns = [.. table.Columns.Where(c => c.Side == side || (side is not null && c.Side is null))];
            TableRow[] rows = [.. table.Rows.Where(r => r.Side == side)];
            WriteSide(columns, rows, output);
        }

        foreach (string note in table.Notes)
        {
            output.WriteLine(note);
        }
    }

    private static void WriteSide(TableColumn[] columns, TableRow[] rows, TextWriter output)
    {
        bool codes = rows.Any(r => r.Functional is not null || r.Economic is not null);
        bool units = rows.Any(r => !string.IsNullOrEmpty(r.BudgetUnit));
        bool projects = rows.Any(r => !string.IsNullOrEmpty(r.Project));
        var header = new List<string>();
        var right = new List<bool>();
        void Add(bool when, string title, bool alignRight)
        {
            if (when)
            {
                header.Add(title);
                right.Add(alignRight);
            }
        }

        Add(codes, "科目编码", false);
        Add(units, "单位", false);
        Add(projects, "项目", false);
        Add(true, "名称", false);
        foreach (TableColumn column in columns)
        {
            Add(true, column.Label.Length > 0 ? column.Label : column.Key, true);
        }

        var grid = new List<string[]> { header.ToArray() };
        foreach (TableRow row in rows)
        {
            var cells = new List<string>(header.Count);
            if (codes)
            {
                cells.Add(row.Functional?.ToString() ?? row.Economic?.ToString() ?? "");
            }

            if (units)
            {
                cells.Add(row.BudgetUnit ?? "");
            }

            if (projects)
            {
                cells.Add(row.Project ?? "");
            }

            cells.Add(Indent(row.Kind) + row.Name);
            foreach (TableColumn column in columns)
            {
                Amount amount = row[column.Key];
                cells.Add(amount.ToString());
            }

            grid.Add([.. cells]);
        }

        WriteGrid(grid, [.. right], output);
    }

    /// <summary>Writes rows of cells padded to each column's widest cell by display width, with a rule under the first row.</summary>
    internal static void WriteGrid(List<string[]> grid, bool[] alignRight, TextWriter output)
    {
        int count = alignRight.Length;
        int[] widths = new int[count];
        foreach (string[] cells in grid)
        {
            for (int i = 0; i < count; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth.Of(cells[i]));
            }
        }

        var line = new StringBuilder();
        for (int r = 0; r < grid.Count; r++)
        {
            line.Clear();
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    line.Append(Gap);
                }

                line.Append(alignRight[i] ? DisplayWidth.PadLeft(grid[r][i], widths[i]) : DisplayWidth.PadRight(grid[r][i], widths[i]));
            }

            output.WriteLine(line.ToString().TrimEnd());
            if (r == 0)
            {
                output.WriteLine(new string('-', widths.Sum() + (Gap.Length * (count - 1))));
            }
        }
    }

    private static string Indent(RowKind kind) => kind switch
    {
        RowKind.Section or RowKind.Project => "  ",
        RowKind.Item => "    ",
        _ => "",
    };

    private static string UnitName(PresentationUnit unit) => unit switch
    {
        PresentationUnit.Yuan => "元",
        PresentationUnit.HundredMillionYuan => "亿元",
        _ => "万元",
    };

    private static string Count(int n, string singular) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? singular : singular + "s")}";
}
