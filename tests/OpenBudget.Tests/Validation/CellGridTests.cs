using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Synthetic;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>The whole-unit grid the table checks add up in holds exactly the amounts the decimal reading gives, or is not used.</summary>
public class CellGridTests
{
    [Property(MaxTest = 1000)]
    public Property Units_are_the_amount_times_ten_thousand()
        => Prop.ForAll(
            Gen.Choose(-100_000, 100_000).Zip(Gen.Choose(0, 999_999_999)).ToArbitrary(),
            Gen.Choose(0, CellGrid.Decimals).ToArbitrary(),
            (mantissa, scale) =>
            {
                // Up to 15 significant digits at up to four decimals, negative ones and trailing zeros included.
                decimal value = ((mantissa.Item1 * 1_000_000_000m) + (Math.Sign(mantissa.Item1) * mantissa.Item2)) / (decimal)Math.Pow(10, scale);
                bool converted = CellGrid.TryUnits(value, long.MaxValue / 2, out long units);
                return (converted && units == value * 10_000m).Label($"{value} → {converted} {units}");
            });

    [Theory]
    [InlineData("0.00001")]
    [InlineData("1.23456")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-10000000000000000")]
    public void Amounts_that_do_not_fit_are_refused(string text)
    {
        Assert.False(CellGrid.TryUnits(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), 100_000_000_000_000_000L, out _));
    }

    [Fact]
    public void Trailing_zeros_and_negative_zero_keep_their_value()
    {
        Assert.True(CellGrid.TryUnits(1.2000m, long.MaxValue, out long a));
        Assert.Equal(12_000, a);
        Assert.True(CellGrid.TryUnits(-0.00m, long.MaxValue, out long zero));
        Assert.Equal(0, zero);
        Assert.True(CellGrid.TryUnits(-5.5m, long.MaxValue, out long negative));
        Assert.Equal(-55_000, negative);
    }

    public static TheoryData<string> Disclosures() => ["sample", "generated 1", "generated 2", "generated 3"];

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void Every_cell_reads_as_the_decimal_reading_does(string which)
    {
        BudgetDisclosure disclosure = which == "sample"
            ? ImportFixtures.Reference
            : new SyntheticDisclosureGenerator().Generate(int.Parse(which[^1..], System.Globalization.CultureInfo.InvariantCulture));
        var grid = new CellGrid();
        int cells = 0;
        foreach (DisclosureTable table in disclosure.Tables)
        {
            Assert.True(grid.Load(table), table.Title);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    string key = table.Columns[c].Key;
                    Assert.Equal(table.Rows[r][key].ValueOrZero * 10_000m, grid[r, c]);
                    Assert.Equal(table.Rows[r].HasCell(key), grid.Has(r, c));
                    cells++;
                }
            }
        }

        Assert.True(cells > 100);
    }

    [Fact]
    public void Cells_out_of_column_order_are_placed_by_their_key()
    {
        var table = Small.Table(
            TableKind.Expenditure,
            "3",
            [ColumnKeys.Total, ColumnKeys.Basic, ColumnKeys.Project],
            new TableRow { Kind = RowKind.Total, Name = "合计", Cells = [new(ColumnKeys.Project, 2m), new(ColumnKeys.Total, 3m), new("unknown", 9m)] });
        var grid = new CellGrid();
        Assert.True(grid.Load(table));
        Assert.Equal(30_000, grid[0, 0]);
        Assert.Equal(0, grid[0, 1]);
        Assert.False(grid.Has(0, 1));
        Assert.Equal(20_000, grid[0, 2]);
    }

    [Fact]
    public void Cells_whose_keys_are_other_strings_of_the_same_text_are_placed_by_their_text()
    {
        string Copy(string key) => new(key.AsSpan());
        var table = Small.Table(
            TableKind.Expenditure,
            "3",
            [ColumnKeys.Total, ColumnKeys.Basic, ColumnKeys.Project],
            new TableRow { Kind = RowKind.Total, Name = "合计", Cells = [new(Copy(ColumnKeys.Total), 3m), new(Copy(ColumnKeys.Project), 2m)] },
            new TableRow { Kind = RowKind.Line, Name = "一", Cells = [new(ColumnKeys.Total, 1m), new(Copy(ColumnKeys.Basic), 1m)] });
        var grid = new CellGrid();
        Assert.True(grid.Load(table));
        Assert.Equal((30_000L, 0L, 20_000L), (grid[0, 0], grid[0, 1], grid[0, 2]));
        Assert.Equal((true, false, true), (grid.Has(0, 0), grid.Has(0, 1), grid.Has(0, 2)));
        Assert.Equal((10_000L, 10_000L, 0L), (grid[1, 0], grid[1, 1], grid[1, 2]));
        Assert.False(grid.Has(1, 2));
    }

    [Fact]
    public void A_grid_loaded_again_forgets_the_last_table()
    {
        var grid = new CellGrid();
        Assert.True(grid.Load(Small.Table(TableKind.Expenditure, "3", [ColumnKeys.Total, ColumnKeys.Basic], Small.TotalRow((ColumnKeys.Total, 5m), (ColumnKeys.Basic, 5m)))));
        Assert.True(grid.Load(Small.Table(TableKind.Expenditure, "3", [ColumnKeys.Total, ColumnKeys.Basic], Small.TotalRow((ColumnKeys.Total, 7m)))));
        Assert.Equal((70_000L, 0L, false), (grid[0, 0], grid[0, 1], grid.Has(0, 1)));
    }

    [Fact]
    public void A_table_that_does_not_fit_is_not_loaded()
    {
        var grid = new CellGrid();
        Assert.False(grid.Load(Small.Table(TableKind.Expenditure, "3", [ColumnKeys.Total], Small.TotalRow((ColumnKeys.Total, 1.23456m)))));
        Assert.False(grid.Load(Small.Table(TableKind.Expenditure, "3", [ColumnKeys.Total, ColumnKeys.Total], Small.TotalRow((ColumnKeys.Total, 1m)))));
        Assert.False(grid.Load(Small.Table(TableKind.Expenditure, "3", [ColumnKeys.Total], Small.TotalRow((ColumnKeys.Total, 1m), (ColumnKeys.Total, 2m)))));
    }

    [Theory]
    [InlineData("100.00002", "50.00001", "50", "0.00001")]
    [InlineData("100", "50.00001", "50.00001", "-0.00002")]
    [InlineData("100.00", "50.00", "49.99", "0.01")]
    public void A_table_checked_in_decimals_finds_what_the_grid_would(string total, string first, string second, string difference)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        ValidationReport report = new DisclosureValidator().Validate(Small.ClassOverSections(D(total), D(first), D(second)));
        Finding finding = Assert.Single(report.Findings, f => f.RuleId == "OB1001");
        Assert.Equal(D(difference), finding.Difference);
    }

    [Fact]
    public void A_sum_that_holds_in_a_table_checked_in_decimals_is_counted_and_not_reported()
    {
        ValidationReport fits = new DisclosureValidator().Validate(Small.ClassOverSections(100m, 50m, 50m));
        ValidationReport decimals = new DisclosureValidator().Validate(Small.ClassOverSections(100.00002m, 50.00001m, 50.00001m));
        Assert.Empty(fits.Findings);
        Assert.Empty(decimals.Findings);
        Assert.Equal(fits.Summary.ChecksRun, decimals.Summary.ChecksRun);
    }
}
