namespace OpenBudget.Import.Reading;

/// <summary>Joins prose lines into paragraphs (wrapped lines and page breaks re-joined) and paragraphs into a tree of sections by their headings.</summary>
internal static class ProseLines
{
    private static readonly string[] HeadingWords = ["主要职能", "机构设置", "名词解释", "部门概况", "编制说明", "情况说明", "其他重要事项", "其他相关情况"];

    /// <summary>Tells whether a compacted line is a section heading by its words (…说明, 主要职能, 名词解释, 第三部分 …).</summary>
    internal static bool IsSectionHeading(string compact)
    {
        if (compact.Length == 0 || compact.Length > 48 || compact.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        if (Texts.Numbering(compact) == NumberingKind.Part)
        {
            return true;
        }

        if (compact.EndsWith("说明", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string word in HeadingWords)
        {
            if (compact.Contains(word, StringComparison.Ordinal) && compact.Length <= 40)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds paragraphs; a <see langword="null"/> line marks where a table interrupted the prose.</summary>
    internal static List<Paragraph> BuildParagraphs(IEnumerable<PrintedLine?> lines)
    {
        var paragraphs = new List<Paragraph>();
        Paragraph? current = null;
        List<PrintedLine?> all = [.. lines];
        int fullWidth = 0;
        foreach (PrintedLine? line in all)
        {
            if (line is { Positions: CellPositions.Columns })
            {
                fullWidth = Math.Max(fullWidth, DisplayWidth.Of(line.RawText.AsSpan().TrimEnd()));
            }
        }

        bool previousFull = false;
        foreach (PrintedLine? line in all)
        {
            if (line is null)
            {
                current = null;
                continue;
            }

            if (line.IsBlank)
            {
                continue;
            }

            string raw = line.Positions == CellPositions.Ordinal ? line.RawText.Replace('\t', ' ') : line.RawText;
            string text = Texts.Norm(raw);
            if (text.Length == 0)
            {
                continue;
            }

            int indent = Indent(raw);
            NumberingKind numbering = Texts.Numbering(text, out string body, out int number);
            if (TryHeading(text, numbering, body, indent, line.Positions, out int level))
            {
                var heading = new Paragraph(line, text, indent >= 2)
                {
                    IsHeading = true,
                    Level = level,
                    Numbering = numbering,
                    Number = number,
                    Body = numbering == NumberingKind.None ? text : body,
                };
                paragraphs.Add(heading);
                current = null;
                continue;
            }

            // Laid-out text indents a paragraph's first line; a line at the margin after a full line is the same paragraph, even after a full stop.
            bool wrapped = line.Positions == CellPositions.Columns && indent == 0 && previousFull;
            bool startNew = current is null
                || numbering != NumberingKind.None
                || (line.Positions == CellPositions.Columns && indent >= 2)
                || (Texts.EndsSentence(current.Text) && !wrapped)
                || IsFieldStart(text);
            previousFull = line.Positions == CellPositions.Columns && DisplayWidth.Of(line.RawText.AsSpan().TrimEnd()) * 100 >= fullWidth * 85;
            if (startNew)
            {
                current = new Paragraph(line, text, indent >= 2)
                {
                    Numbering = numbering,
                    Number = number,
                    Body = numbering == NumberingKind.None ? text : body,
                };
                paragraphs.Add(current);
            }
            else
            {
                current!.Append(line, text);
                current.Body = current.Numbering == NumberingKind.None ? current.Text : Rebody(current.Text);
            }
        }

        return paragraphs;
    }

    /// <summary>Nests paragraphs under headings by level: parts and centred titles 0, 一、 1, （一） 2.</summary>
    internal static Section BuildTree(List<Paragraph> paragraphs)
    {
        var root = new Section(null, -1);
        var stack = new Stack<Section>();
        stack.Push(root);
        foreach (Paragraph p in paragraphs)
        {
            if (!p.IsHeading)
            {
                stack.Peek().Items.Add(p);
                continue;
            }

            while (stack.Peek().Level >= p.Level)
            {
                stack.Pop();
            }

            var section = new Section(p, p.Level);
            stack.Peek().Items.Add(section);
            stack.Push(section);
        }

        return root;
    }

    private static string Rebody(string text)
    {
        Texts.Numbering(text, out string body, out _);
        return body;
    }

    private static bool TryHeading(string text, NumberingKind numbering, string body, int indent, CellPositions positions, out int level)
    {
        level = 0;
        string compact = Texts.Compact(text);
        bool sentence = compact.Contains('。', StringComparison.Ordinal) || compact.EndsWith('；');
        switch (numbering)
        {
            case NumberingKind.Part:
                level = 0;
                return true;
            case NumberingKind.Chinese when !sentence && ShortOrTitled(body):
                level = 1;
                return true;
            case NumberingKind.ParenChinese when !sentence && ShortOrTitled(body):
                level = 2;
                return true;
            case NumberingKind.None when !sentence && compact.Length <= 40 && !compact.EndsWith('：') && !compact.EndsWith(':') && (IsSectionHeading(compact) || (positions == CellPositions.Columns && indent >= 8 && !Texts.EndsSentence(compact) && !Texts.HasSentencePunctuation(compact))):
                level = 0;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A numbered heading is short, or names its subject after a label ("项目名称：…") without forming a sentence.</summary>
    private static bool ShortOrTitled(string body)
    {
        string c = Texts.Compact(body);
        return c.Length <= 45 || (c.Length <= 120 && c.StartsWith("项目名称", StringComparison.Ordinal) && !c.Contains('，', StringComparison.Ordinal) && !c.Contains('；', StringComparison.Ordinal));
    }

    /// <summary>Tells whether a line starts with a field label ("预算安排规模：", "项目承担单位：") and so starts its own paragraph.</summary>
    private static bool IsFieldStart(string text)
    {
        int colon = Texts.IndexOfAny(text, "：:");
        if (colon < 4 || colon > 12)
        {
            return false;
        }

        for (int i = 0; i < colon; i++)
        {
            if (!Texts.IsCjk(text[i]) || text[i] is '，' or '。' or '、' or '；')
            {
                return false;
            }
        }

        return true;
    }

    private static int Indent(string raw)
    {
        int n = 0;
        foreach (char c in raw)
        {
            if (c == ' ')
            {
                n++;
            }
            else if (c == '\u3000')
            {
                n += 2;
            }
            else
            {
                break;
            }
        }

        return n;
    }
}
