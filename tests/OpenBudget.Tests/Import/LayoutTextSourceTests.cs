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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Auto_measure_follows_the_header_when_every_row_lines_up_under_both_measures(bool displayWidth)
    {
        // One row: its amount ends at the same place under either measure, only the header tells which places it under 项目支出.
        string text = Grid(displayWidth, ("206", "科学技术支出", [null, null, "88,575,280.35"]));
        Assert.Equal(HeaderEnd(text, "项目支出"), AmountLine(text, "科学技术支出").Cells[^1].End);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Auto_measure_is_not_misled_by_a_row_without_amounts_inside_a_body(bool displayWidth)
    {
        // The row without amounts follows the amounts directly: it belongs to the body and does not head a new table.
        string text = Grid(displayWidth, ("201", "行政运行", [null, "31,718,626.05", "15,330,428.27"]), ("206", "科技成果转化与扩散", [null, null, null]));
        PrintedLine row = AmountLine(text, "行政运行");
        Assert.Equal([HeaderEnd(text, "基本支出"), HeaderEnd(text, "项目支出")], row.Cells.TakeLast(2).Select(c => c.End));
    }

    [Fact]
    public void Positions_are_measured_as_columns()
    {
        Assert.Equal(CellPositions.Columns, LayoutTextSource.ReadLine(1, null, "a  b").Positions);
    }

    private static string Grid(bool displayWidth, params (string Code, string Name, string?[] Amounts)[] rows)
    {
        string Left(string s, int width) => displayWidth ? DisplayWidth.PadRight(s, width) : s.PadRight(width);
        string Right(string s, int width) => displayWidth ? DisplayWidth.PadLeft(s, width) : s.PadLeft(width);
        var lines = new List<string>
        {
            Left("编制部门：某局", 60) + "单位：万元",
            "",
            Left("", 17) + Left("项目", 36) + "支出预算",
            Left("", 17) + Left("功能分类科目名称", 36) + Right("合计", 16) + Right("基本支出", 18) + Right("项目支出", 18),
        };
        lines.AddRange(rows.Select(r => Left(r.Code, 17) + Left(r.Name, 36) + Right(r.Amounts[0] ?? "", 16) + Right(r.Amounts[1] ?? "", 18) + Right(r.Amounts[2] ?? "", 18)));
        lines.Add(Left("", 17) + Left("合计", 36) + Right("1.00", 16));
        return string.Join('\n', lines);
    }

    private static int HeaderEnd(string text, string header)
        => LayoutTextSource.Instance.Read(text).SelectMany(l => l.Cells).Single(c => c.Text == header).End;

    private static PrintedLine AmountLine(string text, string name)
        => LayoutTextSource.Instance.Read(text).Single(l => l.Cells.Any(c => c.Text == name));
}
