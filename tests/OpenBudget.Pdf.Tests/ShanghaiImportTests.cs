using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Pdf.Tests;

/// <summary>The two Shanghai PDFs import to the model their text extractions import to, except where the text misplaces amounts.</summary>
/// <remarks>
/// <para>Every line and cell of the PDF equals the text's (see <see cref="ShanghaiLayoutTests"/>), and everything but the
/// tables' columns and cells imports equal: identity, overview, every table's kind, number, title, unit and rows (codes,
/// names, kinds), the explanations, the performance tables and the glossary.</para>
/// <para>The columns and cells differ where the text is wrong. pdftotext -layout puts every glyph on a grid of one column,
/// CJK characters and digits alike, so a header cell drifts away from the amounts printed under it; the PDF gives true
/// positions. So the text import of putuo-commerce-2025 reads a spurious column 收入预算 in table 2 and 支出预算 in table 3,
/// puts the expenditure of table 4 under 政府性基金预算, the totals of five rows of table 5 under 项目支出, every 公用经费 of
/// table 8 (办公费, 差旅费, 委托业务费…) under 人员经费, and merges the headers of table 9 (公务接待费 under 公务用车); that of
/// putuo-wanli-2024 loses the column 事业收入 of table 2 (five printed amount columns read as four), reads a spurious
/// 支出预算 in table 3, shifts three rows of table 4 and merges the headers of table 9. The PDF import places each of these
/// amounts in the column printed above it, which the identities below confirm.</para>
/// </remarks>
public class ShanghaiImportTests
{
    public static TheoryData<string> Documents => new() { "putuo-commerce-2025-department", "putuo-wanli-2024-department" };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", name);

    private static ImportResult FromPdf(string name) => PdfDisclosureImporter.ImportFile(Fixture(name + ".pdf"));

    private static ImportResult FromText(string name) => DisclosureImporter.Import(File.ReadAllText(Fixture(name + ".txt")));

    /// <summary>The disclosure without what depends on column positions (and without its source, which names the file format).</summary>
    private static BudgetDisclosure WithoutCells(BudgetDisclosure disclosure) => disclosure with
    {
        Source = null,
        Tables = [.. disclosure.Tables.Select(t => t with { Columns = default, Rows = [.. t.Rows.Select(r => r with { Cells = default })] })],
    };

    private static decimal Value(TableRow row, string column)
    {
        Amount amount = row.Cells.FirstOrDefault(c => c.Column == column).Amount;
        return amount.HasValue ? amount.Value : 0m;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_and_its_text_import_to_the_same_disclosure_apart_from_table_cells(string name)
        => Assert.Equal(WithoutCells(FromText(name).Disclosure!), WithoutCells(FromPdf(name).Disclosure!));

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_places_at_least_as_many_numbers_as_the_text(string name)
    {
        // More for wanli: the 事业收入 column the text import loses holds a printed 0 on every row of table 2.
        (int text, int pdf) = (FromText(name).Coverage.PlacedAsValues, FromPdf(name).Coverage.PlacedAsValues);
        Assert.True(pdf >= text, $"the PDF import placed {pdf} numbers as values, the text import {text}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_row_of_the_basic_and_project_tables_adds_up_across_its_columns(string name)
    {
        // 合计 = 基本支出 + 项目支出 and 合计 = 人员经费 + 公用经费 hold on every printed row of these documents.
        BudgetDisclosure disclosure = FromPdf(name).Disclosure!;
        var broken = new List<string>();
        foreach (DisclosureTable table in disclosure.Tables)
        {
            foreach ((string a, string b) in new[] { (ColumnKeys.Basic, ColumnKeys.Project), (ColumnKeys.Personnel, ColumnKeys.Public) })
            {
                if (!table.Columns.Any(c => c.Key == a) || !table.Columns.Any(c => c.Key == b) || !table.Columns.Any(c => c.Key == ColumnKeys.Total))
                {
                    continue;
                }

                broken.AddRange(table.Rows
                    .Where(r => r.Cells.Any(c => c.Amount.HasValue) && Value(r, ColumnKeys.Total) != Value(r, a) + Value(r, b))
                    .Select(r => $"{table.Title} · {r.Name}"));
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Goods_and_services_of_the_basic_expenditure_table_are_public_expenses(string name)
    {
        // 商品和服务支出 (302) is 公用经费 by definition; the text import of commerce reads it as 人员经费.
        DisclosureTable table = FromPdf(name).Disclosure!.Tables.Single(t => t.Kind == TableKind.GeneralPublicBudgetBasicExpenditure);
        TableRow[] goods = [.. table.Rows.Where(r => r.Economic?.ToString()?.StartsWith("302", StringComparison.Ordinal) == true && r.Cells.Any(c => c.Amount.HasValue))];
        string[] misplaced = [.. goods.Where(r => Value(r, ColumnKeys.Public) != Value(r, ColumnKeys.Total) || Value(r, ColumnKeys.Personnel) != 0m).Select(r => r.Name)];
        Assert.True(goods.Length > 0 && misplaced.Length == 0, $"{goods.Length} rows of goods and services; not under 公用经费: {string.Join("、", misplaced)}");
    }

    [Fact]
    public void The_income_table_of_wanli_has_the_five_amount_columns_it_prints()
    {
        DisclosureTable table = FromPdf("putuo-wanli-2024-department").Disclosure!.Tables[1];
        Assert.Equal(
            [ColumnKeys.Total, ColumnKeys.Fiscal, ColumnKeys.PublicServiceRevenue, ColumnKeys.BusinessRevenue, ColumnKeys.OtherRevenue],
            table.Columns.Select(c => c.Key));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_diagnostic_about_a_line_names_its_page(string name)
    {
        ImportResult result = FromPdf(name);
        Assert.All(result.Diagnostics.Where(d => d.Line is not null), d => Assert.NotNull(d.Page));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_source_of_a_pdf_import_is_the_pdf(string name)
    {
        SourceDocument source = FromPdf(name).Disclosure!.Source!;
        string sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Fixture(name + ".pdf"))));
        Assert.Equal(("pdf", sha256), (source.Format, source.Sha256));
    }
}
