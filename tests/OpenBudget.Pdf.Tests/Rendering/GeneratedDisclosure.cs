using System.Globalization;
using System.Text;
using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Pdf.Tests.Rendering;

/// <summary>A row of a generated table: a functional code and its catalogue name (none for the total row) and its amounts, blank where null.</summary>
internal sealed record GeneratedRow(FunctionalCode? Code, string Name, decimal?[] Amounts);

/// <summary>A generated expenditure table by functional code, in the shape of tables 3, 5 and 8 of the sample disclosure.</summary>
internal sealed record GeneratedTable(string Number, string Title, TableKind Kind, string Group, bool SplitBasic, IReadOnlyList<GeneratedRow> Rows, string? Note);

/// <summary>How the typesetter lays a disclosure out on PDF pages.</summary>
/// <param name="NameColumnWidth">The width of the 科目名称 column in points; longer names wrap.</param>
/// <param name="MiddleAligned">Whether the codes and amounts of a wrapped row stand on its middle line (as spreadsheet exports print them) rather than its first.</param>
/// <param name="PageHeight">The page height in points (A4 landscape 595); smaller pages break tables sooner.</param>
internal sealed record Typesetting(double NameColumnWidth = 160, bool MiddleAligned = false, double PageHeight = 595);

/// <summary>A generated disclosure of expenditure tables, printed two ways: as tab-separated text in the shape of the sample's extraction, and as a PDF typeset like a published one.</summary>
internal sealed record GeneratedDisclosure(string Department, int Year, IReadOnlyList<GeneratedTable> Tables)
{
    private const double FontSize = 9;
    private const double Pitch = 15;
    private const double Margin = 40;

    private static readonly double[] CodeColumns = [28, 28, 28];
    private const double AmountColumn = 80;

    public string Title => $"{Year}年{Department}部门预算公开";

    /// <summary>Writes the disclosure as tab-separated text, as the sample's extraction prints tables.</summary>
    public string ToTabSeparatedText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Year} 年{Department}\n\n部门预算公开\n\n第二部分 {Year} 年部门预算公开表\n\n");
        foreach (GeneratedTable table in Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"表 {table.Number}\n\n{table.Title}\n\n编制部门：{Department}\n\n单位：万元\n\n");
            foreach (string[] header in HeaderRows(table))
            {
                text.Append(string.Join('\t', header)).Append('\n');
            }

            foreach (GeneratedRow row in table.Rows)
            {
                text.Append(string.Join('\t', RowCells(row))).Append('\n');
            }

            if (table.Note is not null)
            {
                text.Append('\n').Append(table.Note).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Typesets the disclosure on PDF pages: a title page, then each table with its title, its header, rows whose long names wrap, and its header repeated on each page it continues on.</summary>
    public byte[] ToPdf(Typesetting typesetting)
    {
        using var pdf = new TestPdfWriter(842, typesetting.PageHeight);
        pdf.NewPage();
        Centered(pdf, $"{Year} 年{Department}", 200, 24);
        Centered(pdf, "部门预算公开", 250, 24);
        pdf.NewPage();
        double y = Margin + 20;
        Centered(pdf, $"第二部分 {Year} 年部门预算公开表", y, 16);
        y += 40;
        foreach (GeneratedTable table in Tables)
        {
            double[] columns = Columns(table, typesetting);
            List<string[]> headers = HeaderRows(table);
            if (y + ((headers.Count + 5) * Pitch) > typesetting.PageHeight - Margin)
            {
                pdf.NewPage();
                y = Margin + 20;
            }

            pdf.Text($"表 {table.Number}", Margin, y, 12);
            y += 22;
            Centered(pdf, table.Title, y, 14);
            y += 22;
            pdf.Text($"编制部门：{Department}", Margin, y, FontSize);
            pdf.TextRight("单位：万元", columns[^1], y, FontSize);
            y += Pitch * 1.5;
            y = Header(pdf, headers, columns, y);
            foreach (GeneratedRow row in table.Rows)
            {
                string[] cells = RowCells(row);
                List<string> name = Wrap(pdf, cells[3], columns[4] - columns[3] - 6);
                double height = name.Count * Pitch;
                if (y + height > typesetting.PageHeight - Margin)
                {
                    pdf.NewPage();
                    y = Header(pdf, headers, columns, Margin + 20);
                }

                double middle = y + (typesetting.MiddleAligned ? (name.Count - 1) / 2 * Pitch : 0);
                for (int c = 0; c < cells.Length; c++)
                {
                    if (c == 3)
                    {
                        for (int l = 0; l < name.Count; l++)
                        {
                            pdf.Text(name[l], columns[3] + 3, y + (l * Pitch), FontSize);
                        }
                    }
                    else if (c < 3)
                    {
                        pdf.Text(cells[c], columns[c] + 3, middle, FontSize);
                    }
                    else
                    {
                        pdf.TextRight(cells[c], columns[c + 1] - 3, middle, FontSize);
                    }
                }

                pdf.Rule(columns[0], y + height - Pitch + 4, columns[^1], y + height - Pitch + 4);
                y += height;
            }

            if (table.Note is not null)
            {
                y += Pitch;
                pdf.Text(table.Note, Margin, y, FontSize);
            }

            y += Pitch * 3;
        }

        return pdf.Save();
    }

    private static void Centered(TestPdfWriter pdf, string text, double baseline, double size)
        => pdf.Text(text, (pdf.Width - pdf.Measure(text, size)) / 2, baseline, size);

    /// <summary>Column edges: 类, 款, 项, 科目名称, then one per amount column.</summary>
    private static double[] Columns(GeneratedTable table, Typesetting typesetting)
    {
        var edges = new List<double> { Margin };
        foreach (double width in CodeColumns)
        {
            edges.Add(edges[^1] + width);
        }

        edges.Add(edges[^1] + typesetting.NameColumnWidth);
        for (int i = 0; i < AmountCount(table); i++)
        {
            edges.Add(edges[^1] + AmountColumn);
        }

        return [.. edges];
    }

    private static int AmountCount(GeneratedTable table) => table.SplitBasic ? 4 : 3;

    /// <summary>The header rows as the sample's extraction prints them, one string per grid column ("" where a merged cell continues).</summary>
    private static List<string[]> HeaderRows(GeneratedTable table)
        => table.SplitBasic
            ?
            [
                ["科目", "", "", table.Group, "", "", "", ""],
                ["科目代码", "", "", "科目名称", "合计", "基本支出", "", "项目支出"],
                ["类", "款", "项", "", "", "人员经费", "公用经费", ""],
            ]
            :
            [
                ["科目", "", "", table.Group, "", "", ""],
                ["科目代码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
                ["类", "款", "项", "", "", "", ""],
            ];

    /// <summary>Typesets the header: each cell centred over the grid columns it spans (up to the next non-empty cell), the first row's group title over the amount columns.</summary>
    private static double Header(TestPdfWriter pdf, List<string[]> headers, double[] columns, double y)
    {
        for (int r = 0; r < headers.Count; r++)
        {
            string[] row = headers[r];
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c].Length == 0)
                {
                    continue;
                }

                int span = 1;
                while (c + span < row.Length && row[c + span].Length == 0 && (r < headers.Count - 1))
                {
                    span++;
                }

                // The sample's first header row prints the group one column early; on paper it stands over the amounts.
                (int first, int last) = r == 0 && c == 3 ? (4, columns.Length - 2) : r == 0 && c == 0 ? (0, 3) : (c, c + span - 1);
                double left = columns[first];
                double right = columns[last + 1];
                pdf.Text(row[c], ((left + right) / 2) - (pdf.Measure(row[c], FontSize) / 2), y, FontSize);
            }

            y += Pitch;
        }

        return y;
    }

    private static string[] RowCells(GeneratedRow row)
    {
        string code = row.Code?.ToString() ?? "";
        string[] codes = code.Length switch
        {
            3 => [code, "", ""],
            5 => [code[..3], code[3..5], ""],
            7 => [code[..3], code[3..5], code[5..7]],
            _ => ["", "", ""],
        };
        return [.. codes, row.Name, .. row.Amounts.Select(a => a?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? "")];
    }

    private static List<string> Wrap(TestPdfWriter pdf, string text, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (char c in text)
        {
            if (line.Length > 0 && pdf.Measure(line.ToString() + c, FontSize) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(c);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
