using OpenBudget.Pdf.Layout;
using OpenBudget.Pdf.Tests.Rendering;

namespace OpenBudget.Pdf.Tests;

public class PdfLayoutReaderTests
{
    private static PdfTextLayout Read(Action<TestPdfWriter> draw)
    {
        using var writer = new TestPdfWriter();
        draw(writer);
        return PdfLayoutReader.Read(writer.Save());
    }

    private static string[] Cells(PdfLine line) => line.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Chinese_text_and_digits_in_two_fonts_read_as_printed()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("2026年乌鲁木齐市科学技术局部门预算公开", 60, 80, 16);
        });
        Assert.Equal("2026年乌鲁木齐市科学技术局部门预算公开", Assert.Single(layout.Lines).Text);
    }

    [Fact]
    public void Every_line_carries_its_page()
    {
        PdfTextLayout layout = Read(w =>
        {
            foreach (string heading in new[] { "第一部分", "第二部分", "第三部分" })
            {
                w.NewPage();
                w.Text(heading, 60, 80, 14);
            }
        });
        Assert.Equal([(1, "第一部分"), (2, "第二部分"), (3, "第三部分")], layout.Lines.Select(l => (l.Page, l.Text)));
    }

    [Fact]
    public void The_page_count_is_that_of_the_document_including_pages_without_text()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("目录", 60, 80, 14);
            w.NewPage();
        });
        Assert.Equal(2, layout.PageCount);
    }

    [Fact]
    public void Table_rows_read_as_cells_in_column_order_with_amounts_right_aligned()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("206", 60, 100, 10);
            w.Text("01", 100, 100, 10);
            w.Text("科学技术管理事务", 160, 100, 10);
            w.TextRight("802.12", 420, 100, 10);
            w.TextRight("798.54", 500, 100, 10);
        });
        Assert.Equal(["206", "01", "科学技术管理事务", "802.12", "798.54"], Cells(Assert.Single(layout.Lines)));
    }

    [Fact]
    public void A_right_aligned_amount_keeps_its_right_edge()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("合计", 60, 100, 10);
            w.TextRight("6,679.80", 420, 100, 10);
        });
        Assert.Equal(420, layout.Lines[0].Cells[1].Right, 0.5);
    }

    [Fact]
    public void Rules_of_a_table_are_not_text()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Rule(50, 90, 600, 90);
            w.Rule(150, 85, 150, 110);
            w.Text("项目", 60, 105, 10);
            w.Text("预算数", 160, 105, 10);
        });
        Assert.Equal(["项目", "预算数"], Cells(Assert.Single(layout.Lines)));
    }

    [Fact]
    public void A_two_sided_table_keeps_both_halves_on_one_line_split_by_position()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("一、财政拨款收入", 60, 100, 12);
            w.TextRight("371,514,655.00", 412, 100, 12);
            w.Text("一、一般公共服务支出", 416, 100, 12);
            w.TextRight("21,601,733.00", 780, 100, 12);
        });
        PdfLine line = Assert.Single(layout.Lines);
        Assert.Equal(["一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00"], Cells(line));
    }

    [Fact]
    public void A_table_of_contents_line_splits_title_from_page_number()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("一、部门收支总体情况表", 80, 100, 12);
            w.TextRight("5", 700, 100, 12);
            w.Text("二、部门收入总体情况表", 80, 120, 12);
            w.TextRight("6", 700, 120, 12);
        });
        Assert.Equal([["一、部门收支总体情况表", "5"], ["二、部门收入总体情况表", "6"]], layout.Lines.Select(Cells));
    }

    [Fact]
    public void A_header_repeated_on_each_page_is_read_on_each_page()
    {
        // The front end keeps every printed line; the table reader drops the repeated header.
        PdfTextLayout layout = Read(w =>
        {
            for (int page = 0; page < 2; page++)
            {
                w.NewPage();
                w.Text("科目名称", 60, 80, 10);
                w.Text("合计", 300, 80, 10);
                w.Text(page == 0 ? "行政运行" : "机构运行", 60, 100, 10);
                w.TextRight(page == 0 ? "767.54" : "364.68", 330, 100, 10);
            }
        });
        Assert.Equal(
            [(1, "科目名称  合计"), (1, "行政运行  767.54"), (2, "科目名称  合计"), (2, "机构运行  364.68")],
            layout.Lines.Select(l => (l.Page, l.Text)));
    }

    [Fact]
    public void Words_of_a_line_separated_by_spaces_read_with_one_space()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("1. 2025年部门财务收支预算总表", 80, 100, 12);
        });
        Assert.Equal("1. 2025年部门财务收支预算总表", Assert.Single(layout.Lines).Text);
    }

    [Fact]
    public void Text_placed_outside_the_page_is_not_read()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("看得见", 60, 100, 12);
            w.Text("看不见", 60, w.Height + 30, 12);
        });
        Assert.Equal(["看得见"], layout.Lines.Select(l => l.Text));
    }

    [Fact]
    public void The_body_font_size_is_the_size_most_cells_are_printed_in()
    {
        PdfTextLayout layout = Read(w =>
        {
            w.NewPage();
            w.Text("部门收支总体情况表", 200, 60, 18);
            w.Text("项目", 60, 100, 10);
            w.Text("预算数", 200, 100, 10);
        });
        Assert.Equal(10, layout.BodyFontSize);
    }
}
