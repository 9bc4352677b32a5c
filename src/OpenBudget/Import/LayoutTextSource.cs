using System.Collections.Immutable;
using OpenBudget.Import.Reading;
using OpenBudget.Money;

namespace OpenBudget.Import;

/// <summary>Reads text whose table columns are aligned with spaces, as <c>pdftotext -layout</c> writes it: cells are split on runs of two or more spaces, and positions are columns so that cells can be matched to header columns by overlap.</summary>
/// <remarks>
/// <para>An amount and a name separated by a single space ("371,514,655.00 一、一般公共服务支出", where two tables printed side by
/// side nearly touch) are two cells. Form feeds mark pages.</para>
/// <para>Positions are measured in display width (CJK characters two columns) or in characters; pdftotext places every glyph
/// on a grid of one column whatever its width, so <see cref="LayoutMeasure.Auto"/> picks per document the measure under
/// which the amounts of the tables line up.</para>
/// </remarks>
public sealed class LayoutTextSource : IPrintedTextSource
{
    /// <summary>Initializes a new instance of the <see cref="LayoutTextSource"/> class.</summary>
    /// <param name="measure">How positions are measured.</param>
    public LayoutTextSource(LayoutMeasure measure = LayoutMeasure.Auto) => Measure = measure;

    /// <summary>Gets the shared instance that chooses the measure per document.</summary>
    public static LayoutTextSource Instance { get; } = new();

    /// <summary>Gets how positions are measured.</summary>
    public LayoutMeasure Measure { get; }

    /// <inheritdoc/>
    public IReadOnlyList<PrintedLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Convert(RawLines.Read(reader));
    }

    /// <summary>Reads a document's lines from its text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<PrintedLine> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert(RawLines.Split(text));
    }

    /// <summary>Splits one line into cells, measuring positions in display width or characters.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="page">The page, when known.</param>
    /// <param name="text">The line without its break.</param>
    /// <param name="measure">How to measure positions; <see cref="LayoutMeasure.Auto"/> means display width for a single line.</param>
    /// <returns>The printed line.</returns>
    public static PrintedLine ReadLine(int lineNumber, int? page, string text, LayoutMeasure measure = LayoutMeasure.DisplayWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Span> spans = SplitCells(text);
        return ToLine(lineNumber, page, text, spans, measure == LayoutMeasure.Characters);
    }

    private List<PrintedLine> Convert(List<RawLine> raw)
    {
        var split = new List<List<Span>>(raw.Count);
        foreach (RawLine line in raw)
        {
            split.Add(SplitCells(line.Text));
        }

        bool characters = Measure switch
        {
            LayoutMeasure.Characters => true,
            LayoutMeasure.DisplayWidth => false,
            _ => CharactersAlignBetter(raw, split),
        };
        var lines = new List<PrintedLine>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            lines.Add(ToLine(raw[i].Number, raw[i].Page, raw[i].Text, split[i], characters));
        }

        return lines;
    }

    private static PrintedLine ToLine(int number, int? page, string text, List<Span> spans, bool characters)
    {
        if (spans.Count == 0)
        {
            return new PrintedLine(number, page, text, default, CellPositions.Columns);
        }

        ImmutableArray<PrintedCell>.Builder cells = ImmutableArray.CreateBuilder<PrintedCell>(spans.Count);
        int width = 0;
        int index = 0;
        foreach (Span span in spans)
        {
            if (characters)
            {
                cells.Add(new PrintedCell(text.Substring(span.Start, span.Length), span.Start, span.Start + span.Length));
                continue;
            }

            while (index < span.Start)
            {
                width += ColumnWidth(text[index++]);
            }

            int start = width;
            while (index < span.Start + span.Length)
            {
                width += ColumnWidth(text[index++]);
            }

            cells.Add(new PrintedCell(text.Substring(span.Start, span.Length), start, width));
        }

        return new PrintedLine(number, page, text, cells.MoveToImmutable(), CellPositions.Columns);
    }

    private static int ColumnWidth(char c) => c == '\t' ? 4 : DisplayWidth.Of(c);

    /// <summary>Splits a line on runs of two or more spaces (a tab or an ideographic space counts as a run), then splits an amount from a name that touches it with one space.</summary>
    private static List<Span> SplitCells(string text)
    {
        var spans = new List<Span>();
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            while (i < n && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            int start = i;
            int end = i;
            while (i < n)
            {
                char c = text[i];
                if (!IsSpace(c))
                {
                    i++;
                    end = i;
                    continue;
                }

                if (c == ' ' && i + 1 < n && !IsSpace(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            SplitAmountFromName(text, start, end, spans);
        }

        return spans;
    }

    private static void SplitAmountFromName(string text, int start, int end, List<Span> spans)
    {
        int wordStart = start;
        for (int i = start; i < end; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            ReadOnlySpan<char> left = text.AsSpan(wordStart, i - wordStart);
            int nextEnd = text.IndexOf(' ', i + 1, end - i - 1);
            ReadOnlySpan<char> right = text.AsSpan(i + 1, (nextEnd < 0 ? end : nextEnd) - i - 1);
            bool split = (IsSeparatedAmount(left) && right.Length > 0 && IsCjkStart(right[0]))
                || (left.Length > 0 && IsCjkStart(left[^1]) && IsSeparatedAmount(right));
            if (split)
            {
                spans.Add(new Span(start, i - start));
                start = i + 1;
            }

            wordStart = i + 1;
        }

        spans.Add(new Span(start, end - start));
    }

    /// <summary>Tells whether a word is an amount written with a thousands separator or decimals, which a table cell holds and a name does not.</summary>
    private static bool IsSeparatedAmount(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || (word.IndexOf(',') < 0 && word.IndexOf('.') < 0))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c is not ((>= '0' and <= '9') or ',' or '.' or '-'))
            {
                return false;
            }
        }

        return Amount.TryParse(word, out Amount amount, out _) && amount.HasValue;
    }

    private static bool IsCjkStart(char c) => c >= '\u2E80';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    /// <summary>Compares how well the amounts of multi-cell lines that also hold CJK text line up under each measure: fewer distinct right edges means better alignment.</summary>
    private static bool CharactersAlignBetter(List<RawLine> raw, List<List<Span>> split)
    {
        var byCharacters = new HashSet<int>();
        var byWidth = new HashSet<int>();
        for (int li = 0; li < raw.Count; li++)
        {
            string text = raw[li].Text;
            List<Span> spans = split[li];
            if (spans.Count < 2)
            {
                continue;
            }

            int width = 0;
            int index = 0;
            bool cjkBefore = false;
            foreach (Span span in spans)
            {
                bool cjkBeforeSpan = cjkBefore;
                while (index < span.Start + span.Length)
                {
                    char c = text[index++];
                    cjkBefore |= c >= '\u2E80';
                    width += ColumnWidth(c);
                }

                if (cjkBeforeSpan && IsSeparatedAmount(text.AsSpan(span.Start, span.Length)))
                {
                    byCharacters.Add(span.Start + span.Length);
                    byWidth.Add(width);
                }
            }
        }

        return byCharacters.Count > 0 && byCharacters.Count < byWidth.Count;
    }

    private readonly record struct Span(int Start, int Length);
}
