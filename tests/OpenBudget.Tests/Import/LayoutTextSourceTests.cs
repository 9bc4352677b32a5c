using OpenBudget.Import;

namespace OpenBudget.Tests.Import;

public class LayoutTextSourceTests
{
    [Fact]
    public void Runs_of_two_or_more_spaces_split_cells_and_single_spaces_do_not()
    {
        PrintedLine line = LayoutTextSource.ReadLine(1, null, "208   05   05   机关事业 单位   1,410,886.00");
        Assert.Equal(["208", "05", "05", "机关事业 单位", "1,410,886.00"], line.Cells.Select(c => c.Text));
    }

    [Fact]
    public void An_amount_touching_a_name_with_one_space_is_two_cells()
    {
        PrintedLine line = LayoutTextSource.ReadLine(1, null, "一、财政拨款收入      371,514,655.00 一、一般公共服务支出     21,601,733.00");
        Assert.Equal(["一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00"], line.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_code_and_a_name_separated_by_one_space_stay_one_cell()
    {
        PrintedLine line = LayoutTextSource.ReadLine(1, null, "201 一般公共服务支出    100.00");
        Assert.Equal(["201 一般公共服务支出", "100.00"], line.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Display_width_positions_count_cjk_characters_as_two_columns()
    {
        PrintedLine line = LayoutTextSource.ReadLine(1, null, "合计  5.00", LayoutMeasure.DisplayWidth);
        Assert.Equal([(0, 4), (6, 10)], line.Cells.Select(c => (c.Start, c.End)));
    }

    [Fact]
    public void Character_positions_count_every_character_as_one_column()
    {
        PrintedLine line = LayoutTextSource.ReadLine(1, null, "合计  5.00", LayoutMeasure.Characters);
        Assert.Equal([(0, 2), (4, 8)], line.Cells.Select(c => (c.Start, c.End)));
    }

    [Fact]
    public void Auto_measure_chooses_characters_for_text_placed_on_a_character_grid()
    {
        // pdftotext -layout puts the amounts of a column at the same character column whatever the width of the names before them.
        string text = string.Join('\n', new[] { ("一般公共服务支出", "21,601.00"), ("商贸事务", "9,389.00"), ("行政运行事务费用", "2,901.00") }
            .Select(r => "201   " + r.Item1.PadRight(20) + r.Item2.PadLeft(12)));
        IReadOnlyList<PrintedLine> lines = LayoutTextSource.Instance.Read(text);
        Assert.Equal([38, 38, 38], lines.Select(l => l.Cells[^1].End));
    }

    [Fact]
    public void Auto_measure_chooses_display_width_for_text_aligned_for_a_terminal()
    {
        string text = string.Join('\n', new[] { ("一般公共服务支出", "21,601.00"), ("商贸事务", "9,389.00"), ("行政运行事务费用", "2,901.00") }
            .Select(r => "201   " + DisplayWidth.PadRight(r.Item1, 24) + DisplayWidth.PadLeft(r.Item2, 12)));
        IReadOnlyList<PrintedLine> lines = LayoutTextSource.Instance.Read(text);
        Assert.Equal([42, 42, 42], lines.Select(l => l.Cells[^1].End));
    }

    [Fact]
    public void Positions_are_measured_as_columns()
    {
        Assert.Equal(CellPositions.Columns, LayoutTextSource.ReadLine(1, null, "a  b").Positions);
    }
}
