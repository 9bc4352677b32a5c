using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf.Tests.Layout;

public class PdfLineAssemblerTests
{
    private const double Size = 10;

    private static PdfWord Word(string text, double left, double baseline, double size = Size)
        => new(text, left, left + (text.Length * size), baseline, size);

    private static string[] Texts(PdfLine line) => line.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Words_on_one_baseline_form_one_line()
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, [Word("科学技术支出", 60, 500), Word("6,675.00", 300, 500)]);
        Assert.Equal(["科学技术支出", "6,675.00"], Texts(Assert.Single(lines)));
    }

    [Fact]
    public void A_baseline_off_by_less_than_half_an_em_stays_on_the_line()
    {
        // Table cells centred vertically and two-row header cells sit a little off the row's baseline.
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, [Word("功能分类科目编码", 60, 408.7), Word("事业单位", 600, 403.7)]);
        Assert.Equal(["功能分类科目编码", "事业单位"], Texts(Assert.Single(lines)));
    }

    [Fact]
    public void Baselines_more_than_half_an_em_apart_are_two_lines()
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, [Word("事业单位", 600, 415.4), Word("合计", 300, 408.4)]);
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Lines_come_from_the_top_of_the_page_down_and_cells_from_left_to_right()
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(
            1,
            [Word("第三行", 60, 100), Word("右", 400, 500), Word("第一行", 60, 500), Word("第二行", 60, 300)]);
        Assert.Equal(["第一行  右", "第二行", "第三行"], lines.Select(l => l.Text).ToArray());
    }

    [Fact]
    public void A_word_space_joins_words_into_one_cell_with_one_space()
    {
        // "1." and "一般公共预算资金" stand half an em apart in the Shanghai PDFs: one cell, as the text extraction shows it.
        PdfCell cell = Assert.Single(PdfLineAssembler.SplitCells([Word("1.", 60, 500), new PdfWord("一般公共预算资金", 86, 166, 500, 10)]));
        Assert.Equal("1. 一般公共预算资金", cell.Text);
    }

    [Fact]
    public void A_gap_of_a_character_or_more_starts_a_new_cell()
    {
        Assert.Equal(2, PdfLineAssembler.SplitCells([Word("类", 60, 500), Word("款", 80, 500)]).Length);
    }

    [Fact]
    public void A_cell_keeps_the_left_of_its_first_word_and_the_right_of_its_last()
    {
        PdfCell cell = Assert.Single(PdfLineAssembler.SplitCells([Word("2026", 60, 500), Word("年", 103, 500)]));
        Assert.Equal((60d, 113d), (cell.Left, cell.Right));
    }

    [Fact]
    public void An_amount_touching_a_name_is_two_cells()
    {
        // Two tables side by side: the income amount ends 3.8 points before the expenditure name starts.
        PdfWord amount = new("371,514,655.00", 328.5, 412.5, 411.2, 12);
        PdfWord name = new("一、一般公共服务支出", 416.3, 536.3, 411.2, 12);
        Assert.Equal(["371,514,655.00", "一、一般公共服务支出"], PdfLineAssembler.SplitCells([amount, name]).Select(c => c.Text));
    }

    [Fact]
    public void A_number_inside_prose_stays_in_the_sentence()
    {
        PdfWord before = new("预算安排规模：250.00", 60, 170, 500, 10);
        PdfWord after = new("万元", 173, 193, 500, 10);
        Assert.Single(PdfLineAssembler.SplitCells([before, after]));
    }

    [Fact]
    public void A_word_printed_twice_over_itself_is_read_once()
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, [Word("部门预算", 60, 500), Word("部门预算", 60.3, 500)]);
        Assert.Equal(["部门预算"], Texts(Assert.Single(lines)));
    }

    [Fact]
    public void Two_tables_side_by_side_share_lines_and_are_told_apart_by_position()
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(
            1,
            [
                Word("收入", 60, 500), Word("支出", 420, 500),
                Word("一、本年收入", 60, 480), new PdfWord("5,590.76", 300, 340, 480, 10), Word("206 科学技术支出", 420, 480), new PdfWord("6,675.00", 700, 740, 480, 10),
            ]);
        PdfLine row = lines[1];
        Assert.Equal([60d, 300d, 420d, 700d], row.Cells.Select(c => c.Left));
    }

    [Theory]
    [InlineData(18, 0)]
    [InlineData(25, 1)]
    [InlineData(35, 2)]
    [InlineData(300, 4)]
    public void Vertical_space_above_a_line_counts_as_blank_lines(double pitch, int blanks)
    {
        IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, [Word("上一行", 60, 500), Word("下一行", 60, 500 - pitch)]);
        Assert.Equal(blanks, lines[1].BlankLinesBefore);
    }

    [Fact]
    public void Lines_carry_the_page_they_are_on()
    {
        Assert.All(PdfLineAssembler.Assemble(7, [Word("说明", 60, 500), Word("第二行", 60, 400)]), line => Assert.Equal(7, line.Page));
    }

    [Fact]
    public void Blank_words_are_ignored()
    {
        Assert.Empty(PdfLineAssembler.Assemble(1, [Word(" ", 60, 500), Word("", 80, 400)]));
    }
}
