using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Money;

namespace OpenBudget.Tests.Export;

public class TidyExportTests
{
    private static List<TidyAmountRow> Rows() => TidyExport.Rows(ExportSamples.Science()).ToList();

    private static TidyAmountRow Cell(string pointer) => Rows().Single(r => r.JsonPointer == pointer);

    [Fact]
    public void Every_printed_cell_is_one_row()
    {
        Assert.Equal(ExportSamples.CellCount(ExportSamples.Science()), Rows().Count);
    }

    [Fact]
    public void A_blank_cell_is_a_row_without_an_amount()
    {
        TidyAmountRow blank = Cell("/tables/0/rows/2/cells/project");

        Assert.True(blank.IsBlank);
        Assert.Null(blank.AmountWan);
    }

    [Fact]
    public void A_zero_is_not_blank()
    {
        BudgetDisclosure zero = ExportSamples.Science() with
        {
            Tables = [ExportSamples.Science().Tables[0] with { Rows = [new TableRow { Kind = RowKind.Total, Name = "总计", Cells = [new TableCell(ColumnKeys.Total, 0.00m), new TableCell(ColumnKeys.Basic, Amount.Blank), new TableCell(ColumnKeys.Project, Amount.Blank)] }] }],
        };

        TidyAmountRow row = TidyExport.Rows(zero).First();

        Assert.Equal((false, 0.00m), (row.IsBlank, row.AmountWan!.Value));
    }

    [Fact]
    public void Functional_code_splits_into_class_section_and_item()
    {
        TidyAmountRow item = Cell("/tables/0/rows/2/cells/total");

        Assert.Equal(("206", "01", "01"), (item.FunctionalClass, item.FunctionalSection, item.FunctionalItem));
    }

    [Fact]
    public void A_class_row_has_no_section_or_item()
    {
        TidyAmountRow row = Cell("/tables/0/rows/0/cells/total");

        Assert.Equal(("206", null, null), (row.FunctionalClass, row.FunctionalSection, row.FunctionalItem));
    }

    [Fact]
    public void Economic_code_splits_into_class_and_section()
    {
        TidyAmountRow row = Cell("/tables/1/rows/1/cells/public");

        Assert.Equal(("302", "31"), (row.EconomicClass, row.EconomicSection));
    }

    [Fact]
    public void Table_7_takes_the_economic_class_from_its_column()
    {
        TidyAmountRow row = Cell("/tables/2/rows/1/cells/economic.312");

        Assert.Equal(("312", "2060599"), (row.EconomicClass, row.Functional.ToString()));
    }

    [Fact]
    public void An_amount_in_yuan_is_moved_four_places_into_wan()
    {
        TidyAmountRow row = Cell("/tables/1/rows/1/cells/total");

        Assert.Equal("10.800055", row.AmountWan!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_amount_in_wan_keeps_its_printed_scale()
    {
        TidyAmountRow row = Cell("/tables/0/rows/3/cells/total");

        Assert.Equal("4.80", row.AmountWan!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_amount_in_hundred_million_is_multiplied_into_wan()
    {
        Assert.Equal(12_300m, TidyExport.ToWan(1.23m, PresentationUnit.HundredMillionYuan));
    }

    [Property]
    public Property Yuan_to_wan_is_exact_and_reversible()
    {
        Gen<decimal> amounts = Gen.Choose(-99_999_999, 99_999_999).SelectMany(units => Gen.Choose(0, 2).Select(scale => units / (scale switch { 0 => 1m, 1 => 10m, _ => 100m })));
        return Prop.ForAll(amounts.ToArbitrary(), yuan =>
        {
            decimal wan = TidyExport.ToWan(yuan, PresentationUnit.Yuan);
            return wan * 10_000m == yuan && wan.Scale == yuan.Scale + 4;
        });
    }

    [Fact]
    public void Rows_carry_who_and_when()
    {
        TidyAmountRow row = Rows()[0];

        Assert.Equal(
            (DisclosureIds.For(ExportSamples.Science()), "650100", "乌鲁木齐市", ExportSamples.Department, 2026, DisclosurePhase.Budget),
            (row.DisclosureId, row.RegionCode, row.RegionName, row.Department, row.FiscalYear, row.Phase));
    }

    [Fact]
    public void Rows_carry_the_table_row_and_column_they_come_from()
    {
        TidyAmountRow row = Cell("/tables/2/rows/1/cells/total");

        Assert.Equal(
            (TableKind.GeneralPublicBudgetProjectExpenditure, "7", RowKind.Project, "乌鲁木齐科技信息服务中心", "红山科技创新券奖补资金", "项目支出合计", 250.00m),
            (row.TableKind, row.TableNumber, row.RowKind, row.BudgetUnit, row.ProjectName, row.ColumnLabel, row.Amount.Value));
    }

    [Fact]
    public void The_pointer_escapes_slash_and_tilde_in_the_column_key()
    {
        Assert.Equal("/tables/1/rows/2/cells/a~1b~0c", TidyExport.CellPointer(1, 2, "a/b~c"));
    }

    [Fact]
    public void A_cell_in_a_column_the_table_does_not_list_is_refused_with_its_pointer()
    {
        BudgetDisclosure broken = ExportSamples.Science() with
        {
            Tables = [ExportSamples.Science().Tables[0] with { Rows = [new TableRow { Name = "总计", Kind = RowKind.Total, Cells = [new TableCell("nonsense", 1m)] }] }],
        };

        var ex = Assert.Throws<TidyExportException>(() => TidyExport.Rows(broken).ToList());

        Assert.Equal("/tables/0/rows/0/cells/nonsense", ex.JsonPointer);
    }

    [Fact]
    public void Rows_of_many_disclosures_stream_one_disclosure_at_a_time()
    {
        int read = 0;
        IEnumerable<BudgetDisclosure> Endless()
        {
            for (int year = 2000; ; year++)
            {
                read++;
                yield return ExportSamples.Science(year);
            }
        }

        int perDisclosure = ExportSamples.CellCount(ExportSamples.Science());
        List<TidyAmountRow> first = TidyExport.Rows(Endless()).Take(perDisclosure + 1).ToList();

        Assert.Equal((2, 2001), (read, first[^1].FiscalYear));
    }
}
