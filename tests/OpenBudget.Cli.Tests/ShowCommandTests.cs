using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Cli.Tests;

public sealed class ShowCommandTests : CliRun
{
    private static readonly BudgetDisclosure Reference = OpenBudgetJson.Deserialize(File.ReadAllText(SampleJson));

    [Fact]
    public void Without_a_table_it_lists_every_table_with_its_kind_title_and_row_count()
    {
        (int exit, string stdout, _) = Run("show", SampleJson);
        string[] lines = Lines(stdout);
        Assert.Equal(0, exit);
        Assert.Equal($"乌鲁木齐市科学技术局 2026 budget: {Reference.Tables.Count} tables", lines[0]);
        DisclosureTable expenditure = Reference.Table(TableKind.Expenditure)!;
        string row = Assert.Single(lines, l => l.StartsWith("表3 ", StringComparison.Ordinal));
        Assert.Equal(["表3", "expenditure", "部门支出总体情况表", expenditure.Rows.Count.ToString()], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Amounts_line_up_by_display_width_under_their_header_whatever_the_length_of_the_chinese_names()
    {
        string[] lines = Lines(Run("show", SampleJson, "--table", "expenditure").Stdout);
        DisclosureTable table = Reference.Table(TableKind.Expenditure)!;
        string header = Assert.Single(lines, l => l.StartsWith("科目编码", StringComparison.Ordinal));
        int edge = DisplayWidth.Of(header.AsSpan(0, header.IndexOf("支出预算/合计", StringComparison.Ordinal) + "支出预算/合计".Length));
        foreach (TableRow row in table.Rows)
        {
            string total = row[ColumnKeys.Total].ToString();
            string line = Assert.Single(lines, l => l.Contains(row.Name, StringComparison.Ordinal) && (row.Functional is null || l.StartsWith(row.Functional.Value.ToString() + " ", StringComparison.Ordinal)));
            int at = line.IndexOf(" " + total + " ", line.IndexOf(row.Name, StringComparison.Ordinal) + row.Name.Length, StringComparison.Ordinal) + 1;
            Assert.Equal(edge, DisplayWidth.Of(line.AsSpan(0, at + total.Length)));
        }
    }

    [Fact]
    public void The_text_form_shows_the_same_table_as_the_json()
    {
        (int exit, string fromText, _) = Run("show", SampleText, "--table", "expenditure");
        Assert.Equal((0, Run("show", SampleJson, "--table", "expenditure").Stdout), (exit, fromText));
    }

    [Fact]
    public void A_table_is_found_by_its_printed_number_as_well_as_its_kind()
    {
        string byKind = Run("show", SampleJson, "--table", "generalPublicBudgetBasicExpenditure").Stdout;
        Assert.Equal(byKind, Run("show", SampleJson, "--table", "6").Stdout);
        Assert.Equal(byKind, Run("show", SampleJson, "-t", "表6").Stdout);
        Assert.StartsWith("表6 一般公共预算基本支出情况表 (generalPublicBudgetBasicExpenditure; 单位：万元", byKind, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_sided_table_is_shown_side_by_side_in_turn()
    {
        string stdout = Run("show", SampleJson, "--table", "incomeExpenditureSummary").Stdout;
        int income = stdout.IndexOf("收入 (income)", StringComparison.Ordinal);
        int expenditure = stdout.IndexOf("支出 (expenditure)", StringComparison.Ordinal);
        Assert.True(income > 0 && expenditure > income, stdout);
        Assert.Contains("一、本年收入", stdout[income..expenditure], StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_the_disclosure_does_not_hold_exits_1_and_lists_what_it_holds()
    {
        (int exit, string stdout, string stderr) = Run("show", SampleJson, "--table", "other");
        Assert.Equal((1, ""), (exit, stdout));
        Assert.Contains("holds no table 'other'", stderr, StringComparison.Ordinal);
        Assert.Contains("表3 expenditure", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error()
    {
        (int exit, _, string stderr) = Run("show", SampleJson, "--table", "spending");
        Assert.Equal(2, exit);
        Assert.Contains("'spending' is neither a table kind nor a table number", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_inputs_exit_2()
    {
        Assert.Equal(2, Run("show", Path.Combine(Folder, "absent.json")).Exit);
        Assert.Equal(2, Run("show", Write("empty.txt", "")).Exit);
        Assert.Equal(2, Run("show", Write("zeros.txt", new byte[64])).Exit);
    }

    [Fact]
    public void Help_exits_0_and_shows_the_example()
    {
        (int exit, string stdout, _) = Run("show", "--help");
        Assert.Equal((0, true), (exit, stdout.Contains("Example: openbudget show tests/fixtures/sample/urumqi-science-2026.json --table expenditure", StringComparison.Ordinal)));
    }
}
