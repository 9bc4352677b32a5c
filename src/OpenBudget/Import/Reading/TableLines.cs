using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Tells what a line inside or around a table is: metadata (编制部门, 单位), a note, a header row or a body row.</summary>
internal static class TableLines
{
    private static readonly string[] PreparerLabels = ["编制部门", "编制单位", "填报单位", "预算主管部门"];

    /// <summary>Reads 编制部门：X and 单位：万元 (on one line or two, in any cell).</summary>
    internal static bool IsMeta(PrintedLine line, out string? preparedBy, out PresentationUnit? unit)
    {
        preparedBy = null;
        unit = null;
        bool meta = false;
        foreach (PrintedCell cell in line.Cells)
        {
            // Both a preparer (编制部门：) and a unit (单位：) are followed by a colon, and every label ends in 门 or 位:
            // a cell without both is no metadata, however the extraction spaced it.
            ReadOnlySpan<char> text = cell.Text;
            if (text.IndexOfAny('：', ':') < 0 || text.IndexOfAny('门', '位') < 0)
            {
                continue;
            }

            string compact = Texts.Compact(cell.Text);
            int unitAt = UnitLabelAt(compact);
            foreach (string label in PreparerLabels)
            {
                if (compact.StartsWith(label, StringComparison.Ordinal) && compact.Length > label.Length && compact[label.Length] is '：' or ':')
                {
                    int end = unitAt > label.Length ? unitAt : compact.Length;
                    preparedBy = Texts.Norm(compact[(label.Length + 1)..end]);
                    meta = true;
                }
            }

            if (unitAt >= 0)
            {
                unit = UnitOf(compact[(unitAt + 3)..]) ?? unit;
                meta |= unit is not null;
            }
        }

        return meta;
    }

    /// <summary>Finds "单位：" (or 金额单位：, 计量单位：) that is not part of 编制单位.</summary>
    private static int UnitLabelAt(string compact)
    {
        int from = 0;
        while (true)
        {
            int u = compact.IndexOf("单位", from, StringComparison.Ordinal);
            if (u < 0 || u + 2 >= compact.Length)
            {
                return -1;
            }

            if (compact[u + 2] is '：' or ':' && !(u >= 2 && compact.AsSpan(u - 2, 2) is "编制" or "填报" or "预算"))
            {
                return u;
            }

            from = u + 2;
        }
    }

    internal static PresentationUnit? UnitOf(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.StartsWith("亿元"))
        {
            return PresentationUnit.HundredMillionYuan;
        }

        if (s.StartsWith("万元"))
        {
            return PresentationUnit.TenThousandYuan;
        }

        return s.StartsWith("元") ? PresentationUnit.Yuan : null;
    }

    /// <summary>Tells whether a line is only a page number ("12", "- 12 -", "第 12 页", "第12页 共40页", "12/40"), which a table continued over a page break may carry.</summary>
    internal static bool IsPageNumber(PrintedLine line)
    {
        if (line.FilledCellCount != 1)
        {
            return false;
        }

        if (Texts.CountNonSpace(line.RawText, 41) > 40)
        {
            return false;
        }

        string c = Texts.Trim(Texts.Compact(line.RawText), "-—–·");
        if (c.Length == 0 || c.Length > 12)
        {
            return false;
        }

        foreach (char ch in c)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '第' or '页' or '共' or '/' or '／'))
            {
                return false;
            }
        }

        return c.Any(char.IsAsciiDigit);
    }

    /// <summary>Tells whether a line only gives the year, "(2026 年)".</summary>
    internal static bool IsYearLine(PrintedLine line)
    {
        // "2026年" or "(2026 年度)": a few characters however spaced.
        if (Texts.CountNonSpace(line.RawText, 9) > 8)
        {
            return false;
        }

        string compact = Texts.Trim(Texts.Compact(line.RawText), "()（）");
        return compact.Length is 5 or 6 && Texts.IsDigits(compact.AsSpan(0, 4)) && compact[4] == '年' && (compact.Length == 5 || compact[5] == '度');
    }

    /// <summary>Tells whether a line is a note printed under a table: "注：…" or a sentence about the table ("…为空表。").</summary>
    internal static bool IsNote(PrintedLine line)
    {
        // Both kinds of note hold 注 or 表.
        if (line.FilledCellCount != 1 || line.RawText.AsSpan().IndexOfAny('注', '表') < 0)
        {
            return false;
        }

        string compact = Texts.Compact(line.RawText);
        if (compact.StartsWith('注') && compact.Length > 2 && compact[1] is '：' or ':' or '1' or '１' or '.')
        {
            return true;
        }

        return compact.Length > 8 && Texts.HasSentencePunctuation(compact)
            && (compact.Contains("空表", StringComparison.Ordinal) || compact.Contains("本表", StringComparison.Ordinal) || compact.Contains("此表", StringComparison.Ordinal) || compact.Contains("该表", StringComparison.Ordinal));
    }

    /// <summary>Tells whether a line inside a table is a body row rather than a header row: it holds an amount or a code, is a total, or names a line in the label column.</summary>
    internal static bool IsBodyLine(PrintedLine line, TableKind kind)
    {
        int filled = 0;
        bool allHeaders = true;
        PrintedCell? first = null;
        foreach (PrintedCell cell in line.Cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            filled++;
            first ??= cell;
            if (Texts.TryAmount(cell.Text, out _))
            {
                return true;
            }

            if (cell.Text.Length >= 4 && Texts.IsDigits(cell.Text.AsSpan(0, 3)) && cell.Text[3] == ' ')
            {
                return true;
            }

            string c = Texts.Compact(Texts.Norm(cell.Text));
            allHeaders &= HeaderTerms.IsKnown(c) || HeaderTerms.IsIncomeSide(c) || HeaderTerms.IsExpenditureSide(c);
        }

        if (first is not PrintedCell head)
        {
            return false;
        }

        if (filled >= 2 && allHeaders)
        {
            return false;
        }

        string compact = Texts.Compact(Texts.Norm(head.Text));
        if (Texts.IsTotalWord(compact))
        {
            return true;
        }

        NumberingKind numbering = Texts.Numbering(compact);
        if (numbering is NumberingKind.Chinese or NumberingKind.Arabic || compact.StartsWith("其中", StringComparison.Ordinal))
        {
            return true;
        }

        if (HeaderTerms.IsLabel(compact, out _) || HeaderTerms.IsContainer(compact) || HeaderTerms.IsIncomeSide(compact) || HeaderTerms.IsExpenditureSide(compact))
        {
            return false;
        }

        bool atLabelMargin = line.Positions == CellPositions.Ordinal ? head.Start == 0 : head.Start <= 8;
        return atLabelMargin && (RowLabels.IsKnown(compact) || kind is TableKind.IncomeExpenditureSummary or TableKind.FiscalAppropriationSummary or TableKind.ThreePublicExpenses);
    }

    /// <summary>Tells whether a line can belong to a table block: a row of cells rather than a paragraph or a heading.</summary>
    internal static bool IsRowLine(PrintedLine line)
    {
        if (line.IsBlank)
        {
            return false;
        }

        if (line.Positions == CellPositions.Ordinal)
        {
            return line.Cells.Count >= 2;
        }

        int filled = line.FilledCellCount;
        foreach (PrintedCell cell in line.Cells)
        {
            if (DisplayWidth.Of(cell.Text) > 60 && Texts.HasSentencePunctuation(cell.Text))
            {
                return false;
            }
        }

        if (filled >= 2)
        {
            return true;
        }

        string text = line.Cells[0].Text;
        if (Texts.TryAmount(text, out _) || Texts.IsTotalWord(Texts.Compact(text)))
        {
            return true;
        }

        return DisplayWidth.Of(text) <= 40 && !Texts.HasSentencePunctuation(text) && !ProseLines.IsSectionHeading(Texts.Compact(Texts.Norm(text)));
    }
}
