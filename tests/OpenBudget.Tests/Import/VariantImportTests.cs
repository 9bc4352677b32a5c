using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Tests.Import;

/// <summary>Disclosures that differ from the sample the way real ones do: other numbering and order, a continued page with a page number, a wrapped project name, other column sets, an unknown table, a final-accounts title, text aligned for a terminal.</summary>
public class VariantImportTests
{
    private static readonly Lazy<ImportResult> Renumbered = new(() => DisclosureImporter.Import(ImportFixtures.Read("import/variants/renumbered-budget.txt")));
    private static readonly Lazy<ImportResult> FinalAccounts = new(() => DisclosureImporter.Import(ImportFixtures.Read("import/variants/final-accounts.txt")));
    private static readonly Lazy<ImportResult> Terminal = new(() => DisclosureImporter.Import(ImportFixtures.Read("import/variants/terminal-layout.txt")));

    [Fact]
    public void Tables_are_recognised_by_title_whatever_their_order_and_numbering()
    {
        Assert.Equal(
            [(TableKind.Expenditure, "三"), (TableKind.IncomeExpenditureSummary, "一"), (TableKind.GeneralPublicBudgetBasicExpenditure, "六"), (TableKind.GeneralPublicBudgetProjectExpenditure, "七"), (TableKind.Other, "九"), (TableKind.ThreePublicExpenses, "十")],
            Renumbered.Value.Disclosure!.Tables.Select(t => (t.Kind, t.Number!)));
    }

    [Fact]
    public void Prepared_by_and_unit_are_read_from_other_labels()
    {
        DisclosureTable table = Renumbered.Value.Disclosure!.Tables[0];
        Assert.Equal(("某市教育局", PresentationUnit.TenThousandYuan), (table.PreparedBy, table.Unit));
    }

    [Fact]
    public void A_table_continued_after_a_page_number_keeps_adding_rows()
    {
        DisclosureTable table = Renumbered.Value.Disclosure!.Table(TableKind.GeneralPublicBudgetBasicExpenditure)!;
        Assert.Equal(["301", "30101", "30102", "302", "30201", null], table.Rows.Select(r => r.Economic?.ToString()));
    }

    [Fact]
    public void Repeated_header_rows_of_a_continued_page_are_not_rows()
    {
        DisclosureTable table = Renumbered.Value.Disclosure!.Table(TableKind.GeneralPublicBudgetBasicExpenditure)!;
        Assert.DoesNotContain(table.Rows, r => r.Name.Contains("科目", StringComparison.Ordinal) || r.Name == "类");
    }

    [Fact]
    public void A_project_name_wrapped_onto_the_next_line_is_joined()
    {
        TableRow project = Renumbered.Value.Disclosure!.Table(TableKind.GeneralPublicBudgetProjectExpenditure)!.Rows.Single(r => r.Kind == RowKind.Project);
        Assert.Equal("全市中小学教师信息技术应用能力提升培训及配套设备购置经费", project.Project);
    }

    [Fact]
    public void Project_table_columns_are_the_economic_classes_printed()
    {
        Assert.Equal([ColumnKeys.Total, "economic.302", "economic.310"], Renumbered.Value.Disclosure!.Table(TableKind.GeneralPublicBudgetProjectExpenditure)!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void Three_public_lines_are_keyed_by_meaning_under_other_wording()
    {
        DisclosureTable table = Renumbered.Value.Disclosure!.Table(TableKind.ThreePublicExpenses)!;
        Assert.Equal(
            [RowKeys.OverseasTravel, RowKeys.Reception, RowKeys.Vehicles, RowKeys.VehiclePurchase, RowKeys.VehicleOperation, null],
            table.Rows.Select(r => r.Key));
    }

    [Fact]
    public void An_unknown_table_is_kept_and_reported_with_its_line()
    {
        DisclosureTable table = Renumbered.Value.Disclosure!.Tables.Single(t => t.Kind == TableKind.Other);
        Assert.Equal(("部门基本信息表", Amount.Of(45m)), (table.Title, table.Rows[0]["人数"]));
        Assert.Contains(Renumbered.Value.Diagnostics, d => d.Code == ImportDiagnosticCodes.UnknownTable && d.Line == 76);
    }

    [Fact]
    public void An_unknown_section_is_kept_as_other_notes()
    {
        Assert.Contains("教育是国之大计，我们将继续努力。", Renumbered.Value.Disclosure!.Explanations.OtherNotes);
    }

    [Fact]
    public void Explanations_under_other_headings_are_read_by_meaning()
    {
        FigureGroup expenditure = Renumbered.Value.Disclosure!.Explanations.Group(FigureGroupKeys.Expenditure)!;
        Assert.Equal(
            [(ColumnKeys.Basic, Amount.Of(800.00m), ChangeDirection.Decrease), (ColumnKeys.Project, Amount.Of(400.50m), ChangeDirection.Increase)],
            expenditure.Parts.Select(p => (p.Key!, p.Amount, p.Change!.Direction)));
    }

    [Fact]
    public void Units_with_their_kinds_are_read_from_the_overview()
    {
        Assert.Equal(
            [new BudgetUnit("某市教育局（本级）", BudgetUnitKind.Administrative, "行政单位"), new BudgetUnit("某市教育技术装备中心", BudgetUnitKind.PartlyFundedInstitution, "差额拨款事业单位")],
            Renumbered.Value.Disclosure!.Overview.Units);
    }

    [Fact]
    public void Glossary_entries_without_markup_are_read()
    {
        Assert.Equal(["基本支出", "项目支出"], Renumbered.Value.Disclosure!.Glossary.Select(g => g.Term));
    }

    [Fact]
    public void Every_number_of_the_variant_is_placed_or_kept()
    {
        Assert.Empty(Renumbered.Value.Coverage.NotPlaced);
    }

    [Fact]
    public void A_final_accounts_title_makes_a_final_accounts_disclosure()
    {
        BudgetDisclosure disclosure = FinalAccounts.Value.Disclosure!;
        Assert.Equal((DisclosurePhase.FinalAccounts, 2024, "某县文化和旅游局"), (disclosure.Phase, disclosure.FiscalYear, disclosure.Department));
    }

    [Fact]
    public void Final_accounts_tables_are_recognised_by_their_titles()
    {
        Assert.Equal([TableKind.IncomeExpenditureSummary, TableKind.Expenditure], FinalAccounts.Value.Disclosure!.Tables.Select(t => t.Kind));
    }

    [Fact]
    public void Final_accounts_columns_map_by_meaning()
    {
        DisclosureTable table = FinalAccounts.Value.Disclosure!.Table(TableKind.Expenditure)!;
        TableRow row = table.Rows.Single(r => r.Functional == FunctionalCode.Parse("2070109"));
        Assert.Equal((Amount.Of(300.40m), Amount.Of(250.40m), Amount.Of(50.00m)), (row[ColumnKeys.Total], row[ColumnKeys.Basic], row[ColumnKeys.Project]));
    }

    [Fact]
    public void Final_accounts_income_lines_are_keyed_by_fund()
    {
        DisclosureTable table = FinalAccounts.Value.Disclosure!.Table(TableKind.IncomeExpenditureSummary)!;
        Assert.Equal([RowKeys.GeneralPublicBudget, RowKeys.GovernmentFund, RowKeys.CurrentYearIncome], table.Rows.Where(r => r.Side == TableSide.Income).Select(r => r.Key));
    }

    [Fact]
    public void Text_aligned_for_a_terminal_reads_like_the_pdf_layout()
    {
        DisclosureTable table = Terminal.Value.Disclosure!.Table(TableKind.Expenditure)!;
        TableRow row = table.Rows.Single(r => r.Functional == FunctionalCode.Parse("2100199"));
        Assert.Equal((Amount.Of(400_000.00m), Amount.Blank, Amount.Of(400_000.00m)), (row[ColumnKeys.Total], row[ColumnKeys.Basic], row[ColumnKeys.Project]));
    }

    [Fact]
    public void Terminal_text_two_sided_table_splits_income_and_expenditure()
    {
        DisclosureTable table = Terminal.Value.Disclosure!.Table(TableKind.IncomeExpenditureSummary)!;
        Assert.Equal(
            [(TableSide.Income, "一、财政拨款收入"), (TableSide.Expenditure, "卫生健康支出"), (TableSide.Income, "1.一般公共预算资金"), (TableSide.Expenditure, "住房保障支出"), (TableSide.Income, "二、事业收入"), (TableSide.Income, "收入总计"), (TableSide.Expenditure, "支出总计")],
            table.Rows.Select(r => (r.Side!.Value, r.Name)));
    }

    [Fact]
    public void Terminal_text_reads_every_number()
    {
        Assert.Empty(Terminal.Value.Coverage.NotPlaced);
    }
}
