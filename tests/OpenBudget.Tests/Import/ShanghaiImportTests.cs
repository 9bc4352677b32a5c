using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Tests.Import;

/// <summary>The two Shanghai Putuo budgets (text laid out with spaces by pdftotext -layout, amounts in 元, tables side by side, continued pages) import with their tables, units and explanations; the values asserted were read off the text by hand.</summary>
public class ShanghaiImportTests
{
    private static BudgetDisclosure Commerce => ImportFixtures.Commerce.Disclosure!;

    private static BudgetDisclosure Wanli => ImportFixtures.Wanli.Disclosure!;

    [Fact]
    public void Commerce_reads_the_department_year_and_title()
    {
        Assert.Equal(("上海市普陀区商务委员会", 2025, "上海市普陀区2025年区级部门预算"), (Commerce.Department, Commerce.FiscalYear, Commerce.Title));
    }

    [Fact]
    public void Commerce_prints_nine_tables_recognised_by_their_titles()
    {
        TableKind[] expected =
        [
            TableKind.IncomeExpenditureSummary, TableKind.Income, TableKind.Expenditure, TableKind.FiscalAppropriationSummary,
            TableKind.GeneralPublicBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalExpenditure,
            TableKind.GeneralPublicBudgetBasicExpenditure, TableKind.ThreePublicExpenses,
        ];
        Assert.Equal(expected, Commerce.Tables.Select(t => t.Kind));
    }

    [Fact]
    public void Commerce_table_numbers_come_from_the_table_of_contents()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], Commerce.Tables.Select(t => t.Number));
    }

    [Fact]
    public void Commerce_tables_one_to_eight_are_in_yuan_and_the_three_public_table_in_ten_thousand_yuan()
    {
        Assert.Equal([.. Enumerable.Repeat(PresentationUnit.Yuan, 8), PresentationUnit.TenThousandYuan], Commerce.Tables.Select(t => t.Unit));
    }

    [Fact]
    public void Commerce_table_1_income_total_is_371_514_655_yuan()
    {
        TableRow total = Commerce.Table(TableKind.IncomeExpenditureSummary)!.Rows.Single(r => r is { Kind: RowKind.Total, Side: TableSide.Income });
        Assert.Equal(Amount.Of(371_514_655.00m), total[ColumnKeys.Income]);
    }

    [Fact]
    public void Commerce_table_1_expenditure_total_is_371_514_655_yuan()
    {
        TableRow total = Commerce.Table(TableKind.IncomeExpenditureSummary)!.Rows.Single(r => r is { Kind: RowKind.Total, Side: TableSide.Expenditure });
        Assert.Equal(Amount.Of(371_514_655.00m), total[ColumnKeys.Expenditure]);
    }

    [Fact]
    public void Commerce_table_1_splits_the_side_by_side_halves_where_an_amount_touches_a_name()
    {
        // Printed as "一、财政拨款收入   371,514,655.00 一、一般公共服务支出   21,601,733.00".
        DisclosureTable table = Commerce.Table(TableKind.IncomeExpenditureSummary)!;
        TableRow income = table.Rows.First(r => r.Side == TableSide.Income);
        TableRow expenditure = table.Rows.First(r => r.Side == TableSide.Expenditure);
        Assert.Equal(("一、财政拨款收入", RowKeys.FiscalAppropriation, Amount.Of(371_514_655.00m)), (income.Name, income.Key, income[ColumnKeys.Income]));
        Assert.Equal((FunctionalCode.Parse("201"), Amount.Of(21_601_733.00m)), (expenditure.Functional!.Value, expenditure[ColumnKeys.Expenditure]));
    }

    [Fact]
    public void Commerce_table_2_row_208_05_05_has_its_total_and_fiscal_amount()
    {
        TableRow row = Commerce.Table(TableKind.Income)!.Rows.Single(r => r.Functional == FunctionalCode.Parse("2080505"));
        Assert.Equal(("机关事业单位基本养老保险缴费支出", Amount.Of(1_410_886.00m), Amount.Of(1_410_886.00m)), (row.Name, row[ColumnKeys.Total], row[ColumnKeys.Fiscal]));
    }

    [Fact]
    public void Commerce_table_2_reads_the_header_wrapped_over_two_lines_as_one_column()
    {
        // "事业单位" above "经营收入" with 其他收入 between them in the middle line.
        Assert.Equal(
            [ColumnKeys.Total, ColumnKeys.Fiscal, ColumnKeys.PublicServiceRevenue, ColumnKeys.BusinessRevenue, ColumnKeys.OtherRevenue],
            Commerce.Table(TableKind.Income)!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void Commerce_table_3_puts_an_amount_in_the_project_column_when_the_basic_column_is_blank()
    {
        TableRow row = Commerce.Table(TableKind.Expenditure)!.Rows.Single(r => r.Functional == FunctionalCode.Parse("2011302"));
        Assert.Equal((Amount.Of(4_545_000.00m), Amount.Blank, Amount.Of(4_545_000.00m)), (row[ColumnKeys.Total], row[ColumnKeys.Basic], row[ColumnKeys.Project]));
    }

    [Fact]
    public void Commerce_table_8_rows_on_the_second_page_keep_their_columns()
    {
        // The second page prints the columns further left and repeats no header.
        TableRow row = Commerce.Table(TableKind.GeneralPublicBudgetBasicExpenditure)!.Rows.Single(r => r.Economic == EconomicCode.Parse("30227"));
        Assert.Equal((Amount.Of(180_000.00m), Amount.Blank, Amount.Of(180_000.00m)), (row[ColumnKeys.Total], row[ColumnKeys.Personnel], row[ColumnKeys.Public]));
    }

    [Fact]
    public void Commerce_three_public_table_printed_as_one_row_of_columns_reads_each_column()
    {
        DisclosureTable table = Commerce.Table(TableKind.ThreePublicExpenses)!;
        TableRow row = Assert.Single(table.Rows);
        Assert.Equal(
            (Amount.Of(1.00m), Amount.Blank, Amount.Of(1.00m), Amount.Blank, Amount.Of(171.01m)),
            (row[ColumnKeys.ThreePublicTotal], row[ColumnKeys.OverseasTravel], row[ColumnKeys.Reception], row[ColumnKeys.Vehicles], row[ColumnKeys.AgencyOperating]));
    }

    [Fact]
    public void Commerce_empty_tables_keep_their_note()
    {
        Assert.Equal(["注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"], Commerce.Table(TableKind.GovernmentFundExpenditure)!.Notes);
    }

    [Fact]
    public void Commerce_keeps_the_functions_text_as_printed_including_the_duplicated_block()
    {
        Assert.Equal(2, Commerce.Overview.Functions.Count(f => f.StartsWith("8、组织协调本区工商业", StringComparison.Ordinal)));
    }

    [Fact]
    public void Commerce_income_statement_states_the_total_and_fiscal_income_compared_with_execution()
    {
        FigureGroup income = Commerce.Explanations.Group(FigureGroupKeys.Income)!;
        StatedFigure fiscal = income.Parts.Single(p => p.Key == RowKeys.FiscalAppropriation);
        Assert.Equal((Amount.Of(37151.47m), Amount.Of(37151.47m)), (income.Total!.Amount, fiscal.Amount));
        Assert.Equal(new YearOverYearChange { Direction = ChangeDirection.Increase, Amount = 24558.18m, ComparedWith = "2024年预算执行数" }, fiscal.Change);
    }

    [Fact]
    public void Commerce_three_public_statement_is_1_00_and_flat()
    {
        StatedFigure total = Commerce.Explanations.Group(FigureGroupKeys.ThreePublicExpenses)!.Total!;
        Assert.Equal((Amount.Of(1.00m), ChangeDirection.Flat, "2024年预算"), (total.Amount, total.Change!.Direction, total.Change.ComparedWith));
    }

    [Fact]
    public void Commerce_agency_operating_expenses_are_171_01()
    {
        Assert.Equal(Amount.Of(171.01m), Commerce.Explanations.Group(FigureGroupKeys.AgencyOperatingExpenses)!.Total!.Amount);
    }

    [Fact]
    public void Commerce_procurement_is_read_by_kind()
    {
        GovernmentProcurement procurement = Commerce.Explanations.Procurement!;
        Assert.Equal((Amount.Of(38.20m), Amount.Of(7.80m), Amount.Of(0m), Amount.Of(30.40m)), (procurement.Total, procurement.Goods, procurement.Works, procurement.Services));
    }

    [Fact]
    public void Commerce_item_list_names_functional_items_in_prose()
    {
        StatedFigure item = Commerce.Explanations.Group(FigureGroupKeys.GeneralPublicBudgetByItem)!.Parts[0];
        Assert.Equal(("一般公共服务支出（类）商贸事务（款）行政运行（项）", FunctionalCode.Parse("2011301"), Amount.Of(938.99m)), (item.Subject, item.Functional!.Value, item.Amount));
    }

    [Fact]
    public void Commerce_project_descriptions_come_from_their_titled_sections()
    {
        ProjectDescription project = Commerce.Explanations.Projects.Single(p => p.Name == "科技创新专项经费");
        Assert.Equal((Amount.Of(1720.00m), "上海市普陀区商务委员会", "2025.1.1-2025.12.31"), (project.Size, project.ImplementingUnit, project.ExecutionPeriod));
    }

    [Fact]
    public void Commerce_every_number_is_placed_or_kept_in_text()
    {
        Assert.Empty(ImportFixtures.Commerce.Coverage.NotPlaced);
    }

    [Fact]
    public void Wanli_tables_continued_on_several_pages_are_joined_with_each_code_once()
    {
        DisclosureTable table = Wanli.Table(TableKind.GeneralPublicBudgetExpenditure)!;
        Assert.Equal(table.Rows.Count(r => r.Functional is not null), table.Rows.Where(r => r.Functional is not null).Select(r => r.Functional).Distinct().Count());
    }

    [Fact]
    public void Wanli_table_5_keeps_every_row_across_its_five_pages()
    {
        Assert.Equal(Wanli.Table(TableKind.Expenditure)!.Rows.Count, Wanli.Table(TableKind.GeneralPublicBudgetExpenditure)!.Rows.Count);
    }

    [Fact]
    public void Wanli_reads_printed_zeros_as_zero_not_blank()
    {
        TableRow row = Wanli.Table(TableKind.Expenditure)!.Rows.Single(r => r.Functional == FunctionalCode.Parse("201"));
        Assert.Equal((Amount.Of(2_932_700m), Amount.Of(0m), Amount.Of(2_932_700m)), (row[ColumnKeys.Total], row[ColumnKeys.Basic], row[ColumnKeys.Project]));
    }

    [Fact]
    public void Wanli_one_digit_economic_sections_are_read_as_two_digits_with_a_warning()
    {
        DisclosureTable table = Wanli.Table(TableKind.GeneralPublicBudgetBasicExpenditure)!;
        Assert.Contains(table.Rows, r => r.Economic == EconomicCode.Parse("30102") && r.Name == "津贴补贴");
        Assert.Contains(ImportFixtures.Wanli.Diagnostics, d => d.Code == ImportDiagnosticCodes.CodePadded && d.Line == 720);
    }

    [Fact]
    public void Wanli_three_public_row_reads_all_seven_columns()
    {
        TableRow row = Assert.Single(Wanli.Table(TableKind.ThreePublicExpenses)!.Rows);
        Assert.Equal(
            [Amount.Of(47.91m), Amount.Of(0m), Amount.Of(1.35m), Amount.Of(46.56m), Amount.Of(25m), Amount.Of(21.56m), Amount.Of(443.18m)],
            row.Cells.Select(c => c.Amount));
    }

    [Fact]
    public void Wanli_three_public_table_keeps_its_contradicting_note()
    {
        Assert.Equal(["注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"], Wanli.Table(TableKind.ThreePublicExpenses)!.Notes);
    }

    [Fact]
    public void Wanli_item_changes_are_rates_against_last_years_execution()
    {
        StatedFigure first = Wanli.Explanations.Group(FigureGroupKeys.GeneralPublicBudgetByItem)!.Parts[0];
        Assert.Equal(
            (Amount.Of(25.77m), new YearOverYearChange { Direction = ChangeDirection.Decrease, RatePercent = 57.14m, ComparedWith = "2023年预算执行数", Reason = "项目调整" }),
            (first.Amount, first.Change));
    }

    [Fact]
    public void Wanli_last_years_execution_amounts_are_listed_as_not_placed()
    {
        Assert.Contains(ImportFixtures.Wanli.Coverage.NotPlaced, n => n.Text == "60.13" && n.Line == 81 && n.Page == 6);
    }

    [Fact]
    public void Wanli_restated_amount_that_differs_is_reported_with_its_line()
    {
        Assert.Contains(ImportFixtures.Wanli.Diagnostics, d => d.Code == ImportDiagnosticCodes.UnreadStatement && d.Line == 176 && d.Message.Contains("352.67", StringComparison.Ordinal));
    }

    [Fact]
    public void Wanli_procurement_reads_the_reserve_for_small_firms()
    {
        GovernmentProcurement procurement = Wanli.Explanations.Procurement!;
        Assert.Equal((Amount.Of(664.98m), Amount.Of(465.49m)), (procurement.ReservedForSmallAndMediumEnterprises, procurement.ReservedForSmallAndMicroEnterprises));
    }

    [Fact]
    public void Wanli_vehicle_holdings_and_planned_purchase_are_read()
    {
        StateAssets assets = Wanli.Explanations.Assets!;
        Assert.Equal(("2023年8月31日", 7m, 1m), (assets.AsOf, assets.Holdings.Single(h => h.Key == "vehicles").Quantity!.Value, assets.Holdings.Single(h => h.Key == "planned.vehicles").Quantity!.Value));
    }

    [Fact]
    public void Wanli_units_list_six_budget_units()
    {
        Assert.Equal(6, Wanli.Overview.Units.Count);
    }

    [Fact]
    public void Both_shanghai_texts_import_without_errors()
    {
        Assert.DoesNotContain(ImportFixtures.Commerce.Diagnostics.Concat(ImportFixtures.Wanli.Diagnostics), d => d.Severity >= ImportSeverity.Error);
    }
}
