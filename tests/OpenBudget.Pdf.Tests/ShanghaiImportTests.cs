using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Pdf.Tests;

/// <summary>The two Shanghai PDFs import to the disclosure their text extractions import to: the same tables, keys, cells, explanations and performance tables, the same diagnostics on the same lines and pages, the same coverage; only the source and two column labels differ.</summary>
/// <remarks>
/// <para>The source names the format: "pdf" with the PDF's SHA-256 rather than "text".</para>
/// <para>A column's label is the path of the header cells printed above it. A merged header cell (收入预算 over the income
/// columns of table 2, “三公”经费预算数 over the columns of table 9) is drawn with borders that neither import sees; its
/// text is centred in it, and the importer lets it cover the columns its text stands over. pdftotext -layout puts every
/// glyph on a grid of one character, which stretches the header text over one more column than the PDF's true glyph
/// positions do: so the text import labels commerce's 其他收入 "收入预算/其他收入" and 购置费 of table 9 with the
/// “三公”经费预算数 level, the PDF import does not. Keys and amounts are the same either way.</para>
/// </remarks>
public class ShanghaiImportTests
{
    public static TheoryData<string> Documents => new() { "putuo-commerce-2025-department", "putuo-wanli-2024-department" };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", name);

    private static ImportResult FromPdf(string name) => PdfDisclosureImporter.ImportFile(Fixture(name + ".pdf"));

    private static ImportResult FromText(string name) => DisclosureImporter.Import(File.ReadAllText(Fixture(name + ".txt")));

    /// <summary>The disclosure without its source (which names the file format) and with each column labelled by its key, so that every other field compares.</summary>
    private static BudgetDisclosure WithoutSourceAndLabels(BudgetDisclosure disclosure) => disclosure with
    {
        Source = null,
        Tables = [.. disclosure.Tables.Select(t => t with { Columns = [.. t.Columns.Select(c => c with { Label = c.Key })] })],
    };

    /// <summary>The columns whose labels differ, as "table number · key: text label | PDF label".</summary>
    private static string[] LabelDifferences(BudgetDisclosure text, BudgetDisclosure pdf)
        => [.. text.Tables.Zip(pdf.Tables).SelectMany(t => t.First.Columns.Zip(t.Second.Columns)
            .Where(c => c.First.Label != c.Second.Label)
            .Select(c => $"{t.First.Number} · {c.First.Key}: {c.First.Label} | {c.Second.Label}"))];

    private static decimal Value(TableRow row, string column)
    {
        Amount amount = row.Cells.FirstOrDefault(c => c.Column == column).Amount;
        return amount.HasValue ? amount.Value : 0m;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_and_its_text_import_to_the_same_disclosure_apart_from_source_and_column_labels(string name)
        => Assert.Equal(WithoutSourceAndLabels(FromText(name).Disclosure!), WithoutSourceAndLabels(FromPdf(name).Disclosure!));

    [Theory]
    [InlineData("putuo-commerce-2025-department", new[] { "9 · vehicles.purchase: “三公”经费预算数/公务用车购置及运行费/购置费 | 公务用车购置及运行费/购置费" })]
    [InlineData("putuo-wanli-2024-department", new[] { "9 · vehicles.purchase: 2024年“三公”经费预算数/公务用车购置及运行费/购置费 | 公务用车购置及运行费/购置费" })]
    public void The_only_labels_that_differ_are_those_under_a_merged_header_the_text_stretches(string name, string[] differences)
        => Assert.Equal(differences, LabelDifferences(FromText(name).Disclosure!, FromPdf(name).Disclosure!));

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_and_its_text_give_the_same_diagnostics_and_coverage_on_the_same_lines_and_pages(string name)
    {
        (ImportResult text, ImportResult pdf) = (FromText(name), FromPdf(name));
        Assert.Equal(text.Diagnostics, pdf.Diagnostics);
        Assert.Equal((text.Coverage.Found, text.Coverage.PlacedAsValues, text.Coverage.KeptInText), (pdf.Coverage.Found, pdf.Coverage.PlacedAsValues, pdf.Coverage.KeptInText));
        Assert.Equal(text.Coverage.NotPlaced, pdf.Coverage.NotPlaced);
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
