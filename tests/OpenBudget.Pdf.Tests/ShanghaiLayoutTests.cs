using System.Text.RegularExpressions;
using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf.Tests;

/// <summary>The published Shanghai PDFs read to the lines and cells that their text extraction (pdftotext -layout) shows.</summary>
public partial class ShanghaiLayoutTests
{
    public static TheoryData<string> Documents => new() { "putuo-commerce-2025-department", "putuo-wanli-2024-department" };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", name);

    /// <summary>The text's non-blank lines as "page: cell | cell", cells split where two or more spaces stand, or where an amount touches a name.</summary>
    private static List<string> TextLines(string name)
    {
        var lines = new List<string>();
        int page = 1;
        foreach (string raw in File.ReadAllText(Fixture(name + ".txt")).Split('\n'))
        {
            page += raw.Count(c => c == '\f');
            string line = raw.Replace("\f", "", StringComparison.Ordinal).TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = new List<string>();
            foreach (string cell in Cells().Split(line.Trim()))
            {
                cells.AddRange(SplitAmountFromName(cell));
            }

            lines.Add($"{page}: {string.Join(" | ", cells)}");
        }

        return lines;
    }

    private static IEnumerable<string> SplitAmountFromName(string cell)
    {
        string[] words = cell.Split(' ');
        int start = 0;
        for (int i = 1; i < words.Length; i++)
        {
            if (PdfLineAssembler.IsAmountNameBoundary(words[i - 1], words[i]))
            {
                yield return string.Join(' ', words[start..i]);
                start = i;
            }
        }

        yield return string.Join(' ', words[start..]);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_reads_to_the_lines_and_cells_of_its_text_extraction(string name)
    {
        PdfTextLayout layout = PdfLayoutReader.ReadFile(Fixture(name + ".pdf"));
        List<string> fromPdf = layout.Lines.Select(l => $"{l.Page}: {string.Join(" | ", l.Cells.Select(c => c.Text))}").ToList();
        Assert.Equal(TextLines(name), fromPdf);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_has_as_many_pages_as_its_text_has_form_feeds_plus_one(string name)
    {
        int feeds = File.ReadAllText(Fixture(name + ".txt")).Count(c => c == '\f');
        Assert.Equal(feeds + (File.ReadAllText(Fixture(name + ".txt")).EndsWith('\f') ? 0 : 1), PdfLayoutReader.ReadFile(Fixture(name + ".pdf")).PageCount);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Vertical_space_reads_as_the_blank_lines_of_the_text_extraction(string name)
    {
        // The text extraction's blank lines before each non-blank line, counted within a page.
        var blanks = new List<int>();
        int run = 0;
        foreach (string raw in File.ReadAllText(Fixture(name + ".txt")).Split('\n'))
        {
            run = raw.Contains('\f', StringComparison.Ordinal) ? 0 : run;
            if (string.IsNullOrWhiteSpace(raw.Replace("\f", "", StringComparison.Ordinal)))
            {
                run++;
                continue;
            }

            blanks.Add(run);
            run = 0;
        }

        PdfTextLayout layout = PdfLayoutReader.ReadFile(Fixture(name + ".pdf"));
        int[] differences = Enumerable.Range(1, layout.Lines.Count - 1)
            .Where(i => layout.Lines[i].Page == layout.Lines[i - 1].Page)
            .Select(i => Math.Abs(layout.Lines[i].BlankLinesBefore - blanks[i]))
            .ToArray();

        // One gap in the two documents stands at exactly three em, where the extraction rounds the other way.
        Assert.True(differences.All(d => d <= 1) && differences.Count(d => d > 0) <= 1, $"{differences.Count(d => d > 0)} of {differences.Length} gaps differ");
    }

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex Cells();
}
