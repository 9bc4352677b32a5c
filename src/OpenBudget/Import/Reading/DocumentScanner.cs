using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Divides a document's lines into its front matter, table of contents, tables, performance tables and prose, recognising tables by their titles and headers rather than by their order.</summary>
internal sealed class DocumentScanner
{
    /// <summary>The most characters, spaces aside, a table number or title line is read from (titles are at most 48 characters, markup such as ** around them aside).</summary>
    private const int LongestTitle = 96;

    private readonly ReadContext _context;
    private readonly Dictionary<string, string> _tocNumbers = new(StringComparer.Ordinal);

    internal DocumentScanner(ReadContext context) => _context = context;

    internal List<PrintedLine> FrontMatter { get; } = [];

    internal string? DeclaredDepartment { get; private set; }

    internal List<TableBlock> Tables { get; } = [];

    internal List<PerformanceBlock> PerformanceTables { get; } = [];

    /// <summary>Gets the prose lines in order; <see langword="null"/> marks where a table interrupted them.</summary>
    internal List<PrintedLine?> Prose { get; } = [];

    internal void Scan()
    {
        IReadOnlyList<PrintedLine> lines = _context.Lines;
        int i = ReadFrontMatter(lines);
        i = SkipTableOfContents(lines, i);
        string? pendingNumber = null;
        while (i < lines.Count)
        {
            PrintedLine line = lines[i];
            if (line.IsBlank)
            {
                i++;
                continue;
            }

            // Table numbers and titles are short: a paragraph is not normalised only to be told it is none.
            string single = SingleText(line);
            string compact = Texts.CountNonSpace(single, LongestTitle + 1) <= LongestTitle ? Texts.Compact(Texts.Norm(single)) : "";
            if (single.Length > 0 && TableTitles.IsNumberLine(compact, out string number))
            {
                pendingNumber = number;
                i++;
                continue;
            }

            if (single.Length > 0 && IsPerformanceTitle(compact))
            {
                int end = FindEnd(lines, i);
                PerformanceTables.Add(new PerformanceBlock(i, end, Texts.Norm(single)));
                Prose.Add(null);
                i = end;
                continue;
            }

            if (single.Length > 0 && TableTitles.LooksLikeTitle(compact, out string title, out string? printedNumber) && Texts.Numbering(compact) != NumberingKind.Part)
            {
                TableKind kind = TableTitles.Classify(title);
                if (pendingNumber is not null || kind != TableKind.Other || FollowedByTable(lines, i))
                {
                    int end = FindEnd(lines, i);
                    bool atEnd = !lines.Skip(end).Any(l => !l.IsBlank);
                    string normalizedTitle = TitleText(single);
                    string? tableNumber = pendingNumber ?? printedNumber ?? TocNumber(title);
                    Tables.Add(new TableBlock(i, end, kind, normalizedTitle, tableNumber, atEnd));
                    Prose.Add(null);
                    pendingNumber = null;
                    i = end;
                    continue;
                }
            }

            pendingNumber = null;
            if (!TableLines.IsPageNumber(line))
            {
                Prose.Add(line);
            }

            i++;
        }
    }

    /// <summary>Tells whether a compacted line is a performance table's title ("部门整体绩效目标表", "项目支出绩效目标表（续）"), not a sentence that mentions one ("详见单位的项目绩效目标表").</summary>
    private static bool IsPerformanceTitle(string compact)
    {
        string c = Texts.TrimEnd(compact, "）)续（(");
        return c.EndsWith("绩效目标表", StringComparison.Ordinal) && c.Length <= 30 && !Texts.HasSentencePunctuation(c)
            && !c.StartsWith("详见", StringComparison.Ordinal) && !c.StartsWith("参见", StringComparison.Ordinal) && !c.StartsWith('见') && !c.StartsWith("具体", StringComparison.Ordinal);
    }

    /// <summary>Gets the text of a line that has one filled cell, or "" when it has several.</summary>
    private static string SingleText(PrintedLine line)
    {
        string found = "";
        foreach (PrintedCell cell in line.Cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            if (found.Length > 0)
            {
                return "";
            }

            found = cell.Text;
        }

        return found;
    }

    /// <summary>The title as printed, normalised, without a number in front ("表1 …", "1. …").</summary>
    private static string TitleText(string single)
    {
        string text = Texts.Norm(single);
        TableTitles.LooksLikeTitle(Texts.Compact(text), out string stripped, out string? number);
        if (number is null)
        {
            return text;
        }

        // Keep the printed spacing of the title part.
        int at = text.IndexOf(stripped[..Math.Min(2, stripped.Length)], StringComparison.Ordinal);
        return at > 0 ? text[at..].Trim() : stripped;
    }

    private string? TocNumber(string compactTitle)
    {
        if (_tocNumbers.TryGetValue(compactTitle, out string? number))
        {
            return number;
        }

        string withoutYear = StripYear(compactTitle);
        foreach ((string title, string n) in _tocNumbers)
        {
            if (StripYear(title) == withoutYear)
            {
                return n;
            }
        }

        return null;
    }

    private static string StripYear(string compact)
        => compact.Length > 5 && Texts.IsDigits(compact.AsSpan(0, 4)) && compact[4] == '年' ? compact[5..] : compact;

    private bool FollowedByTable(IReadOnlyList<PrintedLine> lines, int titleIndex)
    {
        int seen = 0;
        for (int j = titleIndex + 1; j < lines.Count && seen < 4; j++)
        {
            if (lines[j].IsBlank)
            {
                continue;
            }

            seen++;
            if (_context.IsMeta(j, out _, out _) || (lines[j].Positions == CellPositions.Ordinal && lines[j].Cells.Count >= 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the line after a table: its rows, continued pages, metadata and notes, up to the next title, heading or paragraph.</summary>
    private int FindEnd(IReadOnlyList<PrintedLine> lines, int titleIndex)
    {
        int last = titleIndex;
        bool inNote = false;
        for (int j = titleIndex + 1; j < lines.Count; j++)
        {
            PrintedLine line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            // Titles and headings are short (see LongestTitle): a paragraph is normalised only when a note's end is asked about.
            string single = SingleText(line);
            string? compact = single.Length > 0 && Texts.CountNonSpace(single, LongestTitle + 1) <= LongestTitle ? Texts.Compact(Texts.Norm(single)) : null;
            if (compact is not null
                && (TableTitles.IsNumberLine(compact, out _)
                    || (TableTitles.LooksLikeTitle(compact, out string title, out _) && TableTitles.Classify(title) != TableKind.Other)
                    || IsPerformanceTitle(compact)))
            {
                break;
            }

            if (_context.IsMeta(j, out _, out _) || TableLines.IsYearLine(line))
            {
                last = j;
                inNote = false;
                continue;
            }

            if (TableLines.IsPageNumber(line))
            {
                continue;
            }

            if (TableLines.IsNote(line))
            {
                last = j;
                inNote = !Texts.EndsSentence(compact ?? Texts.Compact(Texts.Norm(single)));
                continue;
            }

            bool heading = compact is not null && ProseLines.IsSectionHeading(compact);
            if (inNote && single.Length > 0 && !heading)
            {
                last = j;
                inNote = !Texts.EndsSentence(compact ?? Texts.Compact(Texts.Norm(single)));
                continue;
            }

            if (heading)
            {
                break;
            }

            if (TableLines.IsRowLine(line))
            {
                last = j;
                continue;
            }

            break;
        }

        return last + 1;
    }

    private int ReadFrontMatter(IReadOnlyList<PrintedLine> lines)
    {
        int i = 0;
        for (; i < lines.Count; i++)
        {
            PrintedLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            string text = Texts.Norm(line.RawText.Replace('\t', ' '));
            string compact = Texts.Compact(text);
            if (compact is "目录" || ProseLines.IsSectionHeading(compact) || Texts.Numbering(compact) != NumberingKind.None
                || TableTitles.LooksLikeTitle(compact, out _, out _) || TableTitles.IsNumberLine(compact, out _) || compact.Length > 60 || line.Cells.Count > 2)
            {
                break;
            }

            foreach (string label in (ReadOnlySpan<string>)["预算主管部门", "主管部门", "部门名称", "单位名称"])
            {
                if (compact.StartsWith(label, StringComparison.Ordinal) && compact.Length > label.Length + 1 && compact[label.Length] is '：' or ':')
                {
                    DeclaredDepartment = compact[(label.Length + 1)..];
                }
            }

            FrontMatter.Add(line);
        }

        return i;
    }

    private int SkipTableOfContents(IReadOnlyList<PrintedLine> lines, int i)
    {
        int start = i;
        while (start < lines.Count && lines[start].IsBlank)
        {
            start++;
        }

        if (start >= lines.Count || Texts.Compact(Texts.Norm(lines[start].RawText)) != "目录")
        {
            return i;
        }

        _context.Ledger.ExcludeLine(lines[start]);
        string? firstTopic = null;
        int j = start + 1;
        for (; j < lines.Count && j < start + 120; j++)
        {
            PrintedLine line = lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            string text = Texts.Norm(line.RawText.Replace('\t', ' '));
            string entry = TocEntry(text);
            string topic = Topic(entry);
            if (firstTopic is not null && topic == firstTopic)
            {
                break;
            }

            bool content = (text.Length > 40 && Texts.HasSentencePunctuation(text)) || (line.Cells.Count > 2 && line.Cells.Any(c => Texts.TryAmount(c.Text, out _)));
            if (content)
            {
                break;
            }

            firstTopic ??= topic;
            _context.Ledger.ExcludeLine(line);
            if (Texts.Numbering(entry, out string rest, out int number) is NumberingKind.Arabic or NumberingKind.Chinese)
            {
                string compactRest = Texts.Compact(rest);
                if (TableTitles.LooksLikeTitle(compactRest, out string title, out _))
                {
                    _tocNumbers.TryAdd(title, entry[..Texts.IndexOfAny(entry, ".．、")].Trim());
                }

                _ = number;
            }
        }

        return j;
    }

    /// <summary>Removes a table of contents entry's bullet, leader dots and page number.</summary>
    private static string TocEntry(string text)
    {
        string t = Texts.TrimStart(text, "-• ");
        int cut = Texts.IndexOfAny(t, "…·");
        return (cut > 0 ? t[..cut] : t).Trim();
    }

    /// <summary>What an entry or heading is about, without numbering, year, department or "部门": "主要职能" for both "一、部门主要职能" and "上海市普陀区商务委员会主要职能".</summary>
    private string Topic(string text)
    {
        Texts.Numbering(text, out string rest, out _);
        string c = Texts.Compact(rest);
        string department = Texts.Compact(_context.Department);
        if (department.Length > 0)
        {
            c = c.Replace(department, "", StringComparison.Ordinal);
        }

        if (DeclaredDepartment is { Length: > 0 } declared)
        {
            c = c.Replace(declared, "", StringComparison.Ordinal);
        }

        c = c.Replace("（部门）", "", StringComparison.Ordinal).Replace("(部门)", "", StringComparison.Ordinal);
        c = StripYear(c);
        return c.StartsWith("部门", StringComparison.Ordinal) ? c[2..] : c;
    }
}
