using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Validation;

namespace OpenBudget.Pdf;

/// <summary>Finds the PDF page of a place in a disclosure read from that PDF, given as a JSON Pointer such as a finding's location, so that a user can open the PDF at the page.</summary>
/// <remarks>
/// <para>Pages are found by the printed text: a table by its title, each of its rows by its name below the title (in order,
/// across page breaks), an explanation group by its heading and each of its figures by its subject, a project description
/// and a performance table by the project name. A pointer inside one of these (a cell of a row) takes the page of the nearest place the map knows.</para>
/// <para>A pointer to something the map cannot place (the department's identity) has no page.</para>
/// </remarks>
public sealed class PdfPageMap
{
    private readonly Dictionary<string, int> _pages;

    private PdfPageMap(Dictionary<string, int> pages) => _pages = pages;

    /// <summary>Gets the number of places the map holds a page for.</summary>
    public int Count => _pages.Count;

    /// <summary>Builds the map of a disclosure from the lines it was imported from.</summary>
    /// <param name="disclosure">The disclosure imported from <paramref name="lines"/>.</param>
    /// <param name="lines">The printed lines of the PDF.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PdfPageMap Build(BudgetDisclosure disclosure, IReadOnlyList<PrintedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(lines);
        var texts = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            texts[i] = Compact(string.Concat(lines[i].Cells.Select(c => c.Text)));
        }

        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        int from = 0;
        for (int t = 0; t < disclosure.Tables.Count; t++)
        {
            DisclosureTable table = disclosure.Tables[t];
            int title = Find(texts, Compact(table.Title), from);
            if (title < 0)
            {
                continue;
            }

            string tablePointer = string.Create(CultureInfo.InvariantCulture, $"/tables/{t}");
            Add(pages, tablePointer, lines[title]);
            int row = title;
            for (int r = 0; r < table.Rows.Count; r++)
            {
                string name = Compact(table.Rows[r].Name ?? "");
                int found = name.Length == 0 ? -1 : Find(texts, name.Length > 6 ? name[..6] : name, row);
                if (found >= 0)
                {
                    row = found;
                    Add(pages, string.Create(CultureInfo.InvariantCulture, $"{tablePointer}/rows/{r}"), lines[found]);
                }
            }

            from = title + 1;
        }

        int prose = from;
        for (int g = 0; g < disclosure.Explanations.Groups.Count; g++)
        {
            FigureGroup group = disclosure.Explanations.Groups[g];
            string groupPointer = string.Create(CultureInfo.InvariantCulture, $"/explanations/groups/{g}");
            int heading = AddFound(pages, groupPointer, group.Heading, texts, lines, prose);
            int part = Math.Max(heading, prose);
            for (int f = 0; f < group.Parts.Count; f++)
            {
                string subject = Compact(group.Parts[f].Subject ?? "");
                int found = subject.Length == 0 ? -1 : Find(texts, subject.Length > 12 ? subject[..12] : subject, part);
                if (found >= 0)
                {
                    part = found;
                    Add(pages, string.Create(CultureInfo.InvariantCulture, $"{groupPointer}/parts/{f}"), lines[found]);
                }
            }
        }

        for (int p = 0; p < disclosure.Explanations.Projects.Count; p++)
        {
            AddFound(pages, string.Create(CultureInfo.InvariantCulture, $"/explanations/projects/{p}"), disclosure.Explanations.Projects[p].Name, texts, lines, prose);
        }

        if (disclosure.Performance.Department is PerformanceTable department)
        {
            AddFound(pages, "/performance/department", department.Title, texts, lines, prose);
        }

        int performance = prose;
        for (int p = 0; p < disclosure.Performance.Projects.Count; p++)
        {
            int found = Find(texts, Compact(disclosure.Performance.Projects[p].ProjectName ?? ""), performance);
            if (found >= 0)
            {
                performance = found + 1;
                Add(pages, string.Create(CultureInfo.InvariantCulture, $"/performance/projects/{p}"), lines[found]);
            }
        }

        return new PdfPageMap(pages);
    }

    /// <summary>Gets the page of a place, or of the nearest enclosing place the map knows.</summary>
    /// <param name="jsonPointer">An RFC 6901 JSON Pointer into the disclosure's JSON, e.g. "/tables/1/rows/3/cells/total".</param>
    /// <returns>The 1-based page, or <see langword="null"/> when no enclosing place has one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonPointer"/> is <see langword="null"/>.</exception>
    public int? PageOf(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        string pointer = jsonPointer;
        while (pointer.Length > 0)
        {
            if (_pages.TryGetValue(pointer, out int page))
            {
                return page;
            }

            int slash = pointer.LastIndexOf('/');
            pointer = slash <= 0 ? "" : pointer[..slash];
        }

        return null;
    }

    /// <summary>Gives the location of each finding of a report the page it is printed on, as <see cref="PageOf"/> finds it.</summary>
    /// <param name="report">A report on the disclosure this map was built for.</param>
    /// <returns>The report, each finding's <see cref="FindingLocation.Page"/> set (left <see langword="null"/> where the map has no page).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ValidationReport Locate(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Findings = [.. report.Findings.Select(f => f with { Location = f.Location with { Page = PageOf(f.Location.JsonPointer) } })] };
    }

    private static int AddFound(Dictionary<string, int> pages, string pointer, string? text, string[] texts, IReadOnlyList<PrintedLine> lines, int from)
    {
        string key = Compact(text ?? "");
        int found = key.Length == 0 ? -1 : Find(texts, key.Length > 12 ? key[..12] : key, from);
        if (found < 0)
        {
            found = key.Length == 0 ? -1 : Find(texts, key.Length > 12 ? key[..12] : key, 0);
        }

        if (found >= 0)
        {
            Add(pages, pointer, lines[found]);
        }

        return found;
    }

    private static void Add(Dictionary<string, int> pages, string pointer, PrintedLine line)
    {
        if (line.Page is int page)
        {
            pages[pointer] = page;
        }
    }

    private static int Find(string[] texts, string key, int from)
    {
        if (key.Length == 0)
        {
            return -1;
        }

        for (int i = Math.Max(0, from); i < texts.Length; i++)
        {
            if (texts[i].Contains(key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text without any whitespace, so that printed and normalised forms compare.</summary>
    private static string Compact(string text)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer.Append(c);
            }
        }

        return buffer.ToString();
    }
}
