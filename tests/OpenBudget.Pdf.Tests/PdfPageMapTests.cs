using OpenBudget.Disclosures;
using OpenBudget.Pdf.Tests.Rendering;
using OpenBudget.Validation;

namespace OpenBudget.Pdf.Tests;

public class PdfPageMapTests
{
    public static TheoryData<string> Documents => new() { "putuo-commerce-2025-department", "putuo-wanli-2024-department" };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", name);

    private static PdfImportResult Import(string name) => PdfDisclosureImporter.ImportWithPages(File.ReadAllBytes(Fixture(name + ".pdf")));

    /// <summary>The page of the first line of the text extraction that holds a text, counting form feeds.</summary>
    private static int PageInText(string name, string text)
    {
        int page = 1;
        foreach (string line in File.ReadAllText(Fixture(name + ".txt")).Split('\n'))
        {
            page += line.Count(c => c == '\f');
            if (line.Replace(" ", "", StringComparison.Ordinal).Contains(text, StringComparison.Ordinal))
            {
                return page;
            }
        }

        return -1;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_table_is_on_the_page_its_title_is_printed_on(string name)
    {
        PdfImportResult import = Import(name);
        DisclosureTable[] tables = [.. import.Result.Disclosure!.Tables];
        Assert.Equal(
            tables.Select(t => PageInText(name, t.Title.Replace(" ", "", StringComparison.Ordinal))),
            tables.Select((t, i) => import.Pages.PageOf($"/tables/{i}") ?? -1));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_finding_of_the_validator_names_a_page(string name)
    {
        PdfImportResult import = Import(name);
        ValidationReport report = new DisclosureValidator().Validate(import.Result.Disclosure!);
        string[] without = [.. report.Findings.Where(f => import.Pages.PageOf(f.Location.JsonPointer) is null).Select(f => f.Location.JsonPointer)];
        Assert.True(report.Findings.Count > 0 && without.Length == 0, $"{report.Findings.Count} findings; without a page: {string.Join(", ", without)}");
    }

    [Fact]
    public void A_finding_about_a_table_cell_names_the_page_of_its_row()
    {
        // One amount changed so that table 3's first class no longer adds up: the validator reports it at the row.
        GeneratedDisclosure generated = DisclosureGenerator.Generate(3);
        GeneratedTable table = generated.Tables[0];
        GeneratedRow first = table.Rows[0];
        GeneratedDisclosure broken = generated with { Tables = [table with { Rows = [first with { Amounts = [first.Amounts[0] + 1000m, .. first.Amounts[1..]] }, .. table.Rows.Skip(1)] }, .. generated.Tables.Skip(1)] };
        byte[] pdf = broken.ToPdf(new Typesetting(PageHeight: 260));
        PdfImportResult import = PdfDisclosureImporter.ImportWithPages(pdf);
        int printed = PdfLayoutReader.Read(pdf).Lines.SkipWhile(l => !l.Text.Contains(table.Title, StringComparison.Ordinal)).First(l => l.Text.Contains(first.Name, StringComparison.Ordinal)).Page;
        Finding[] errors = [.. new DisclosureValidator().Validate(import.Result.Disclosure!).Findings.Where(f => f.Verdict == Verdict.Error && f.Location.JsonPointer.StartsWith("/tables/0/rows/0/", StringComparison.Ordinal))];
        Assert.True(errors.Length > 0 && errors.All(f => import.Pages.PageOf(f.Location.JsonPointer) == printed), string.Join("; ", errors.Select(f => $"{f.Location.JsonPointer} page {import.Pages.PageOf(f.Location.JsonPointer)}")));
    }

    [Fact]
    public void A_stated_figure_on_the_page_after_its_heading_is_on_that_page()
    {
        PdfImportResult import = Import("putuo-commerce-2025-department");
        FigureGroup group = import.Result.Disclosure!.Explanations.Groups[2];
        int last = group.Parts.Count - 1;
        string subject = group.Parts[last].Subject.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal((PageInText("putuo-commerce-2025-department", subject), true), (import.Pages.PageOf($"/explanations/groups/2/parts/{last}/amount") ?? -1, import.Pages.PageOf("/explanations/groups/2") < PageInText("putuo-commerce-2025-department", subject)));
    }

    [Fact]
    public void A_cell_takes_the_page_of_its_row()
    {
        PdfImportResult import = Import("putuo-commerce-2025-department");
        Assert.Equal(import.Pages.PageOf("/tables/1/rows/3"), import.Pages.PageOf("/tables/1/rows/3/cells/total"));
    }

    [Fact]
    public void A_row_of_a_table_continued_on_later_pages_is_on_a_later_page_than_the_title()
    {
        GeneratedDisclosure generated = DisclosureGenerator.Generate(3);
        PdfImportResult import = PdfDisclosureImporter.ImportWithPages(generated.ToPdf(new Typesetting(PageHeight: 260)));
        int rows = import.Result.Disclosure!.Tables[0].Rows.Count;
        Assert.True(import.Pages.PageOf($"/tables/0/rows/{rows - 1}") > import.Pages.PageOf("/tables/0"));
    }

    [Fact]
    public void A_place_the_map_cannot_place_has_no_page()
    {
        Assert.Null(Import("putuo-wanli-2024-department").Pages.PageOf("/department"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Locating_a_report_gives_each_finding_the_page_of_its_pointer_and_changes_nothing_else(string name)
    {
        PdfImportResult import = Import(name);
        ValidationReport report = new DisclosureValidator().Validate(import.Result.Disclosure!);
        ValidationReport located = import.Pages.Locate(report);
        Assert.Equal(report.Findings.Select(f => import.Pages.PageOf(f.Location.JsonPointer)), located.Findings.Select(f => f.Location.Page));
        Assert.Equal(report, located with { Findings = [.. located.Findings.Select(f => f with { Location = f.Location with { Page = null } })] });
    }
}
