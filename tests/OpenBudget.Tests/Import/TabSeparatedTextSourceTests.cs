using OpenBudget.Import;

namespace OpenBudget.Tests.Import;

public class TabSeparatedTextSourceTests
{
    [Fact]
    public void Every_tab_starts_a_cell_and_empty_cells_are_kept()
    {
        PrintedLine line = TabSeparatedTextSource.ReadLine(1, null, "206\t01\t\t科学技术管理事务\t802.12\t");
        Assert.Equal(["206", "01", "", "科学技术管理事务", "802.12", ""], line.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Positions_are_column_ordinals()
    {
        PrintedLine line = TabSeparatedTextSource.ReadLine(1, null, "a\t\tb");
        Assert.Equal([(0, 1), (1, 2), (2, 3)], line.Cells.Select(c => (c.Start, c.End)));
    }

    [Fact]
    public void Cells_are_trimmed_of_ordinary_and_ideographic_spaces()
    {
        PrintedLine line = TabSeparatedTextSource.ReadLine(1, null, " 科目名称\u3000\t 5,590.76 ");
        Assert.Equal(["科目名称", "5,590.76"], line.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_line_of_spaces_is_blank()
    {
        Assert.True(TabSeparatedTextSource.ReadLine(3, null, "   ").IsBlank);
    }

    [Fact]
    public void Lines_are_numbered_from_one_including_blank_lines()
    {
        IReadOnlyList<PrintedLine> lines = TabSeparatedTextSource.Instance.Read("a\n\nb\tc\n");
        Assert.Equal([1, 2, 3], lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void Form_feeds_count_pages_and_are_not_text()
    {
        IReadOnlyList<PrintedLine> lines = TabSeparatedTextSource.Instance.Read("one\n\ftwo\tx\nthree\n");
        Assert.Equal([(1, "one"), (2, "two\tx"), (2, "three")], lines.Select(l => (l.Page!.Value, l.RawText)));
    }

    [Fact]
    public void Without_form_feeds_pages_are_unknown()
    {
        Assert.All(TabSeparatedTextSource.Instance.Read("a\nb\n"), l => Assert.Null(l.Page));
    }

    [Fact]
    public void Carriage_returns_and_a_byte_order_mark_are_not_text()
    {
        IReadOnlyList<PrintedLine> lines = TabSeparatedTextSource.Instance.Read("\uFEFF表 1\r\n合计\t1.00\r\n");
        Assert.Equal(["表 1", "合计\t1.00"], lines.Select(l => l.RawText));
    }
}
