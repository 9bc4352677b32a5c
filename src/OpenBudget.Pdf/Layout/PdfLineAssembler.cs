using System.Collections.Immutable;
using OpenBudget.Money;

namespace OpenBudget.Pdf.Layout;

/// <summary>Groups the words of a page into lines (by baseline, tolerant to small offsets) and the words of a line into cells (split where the horizontal gap is wide).</summary>
/// <remarks>
/// <para>Lines come from top to bottom and cells from left to right, so that two tables printed side by side share lines
/// and are told apart by the cells' positions, as in a text extraction with layout.</para>
/// <para>An amount and a name that nearly touch ("371,514,655.00 一、一般公共服务支出", where two tables side by side leave
/// less than a character between them) are two cells, as the text front end splits them.</para>
/// </remarks>
public static class PdfLineAssembler
{
    private const int MaxBlankLines = 4;

    /// <summary>Groups a page's words into lines and cells.</summary>
    /// <param name="page">The 1-based page the words are on.</param>
    /// <param name="words">The words, in any order.</param>
    /// <param name="options">The layout settings; <see cref="PdfLayoutOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The lines from top to bottom.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PdfLine> Assemble(int page, IEnumerable<PdfWord> words, PdfLayoutOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentNullException.ThrowIfNull(words);
        options ??= PdfLayoutOptions.Default;

        var sorted = new List<PdfWord>();
        foreach (PdfWord word in words)
        {
            if (IsUsable(word))
            {
                sorted.Add(word.Right < word.Left ? word with { Left = word.Right, Right = word.Left } : word);
            }
        }

        // Top of the page first (PDF y grows upwards), then left to right.
        sorted.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));

        var lines = new List<PdfLine>();
        var current = new List<PdfWord>();
        double reference = 0;
        double referenceSize = 0;
        foreach (PdfWord word in sorted)
        {
            if (current.Count > 0 && reference - word.Baseline <= options.LineTolerance * Math.Max(referenceSize, word.FontSize))
            {
                current.Add(word);
                continue;
            }

            if (current.Count > 0)
            {
                lines.Add(ToLine(page, reference, current, options));
                current.Clear();
            }

            current.Add(word);
            reference = word.Baseline;
            referenceSize = word.FontSize;
        }

        if (current.Count > 0)
        {
            lines.Add(ToLine(page, reference, current, options));
        }

        for (int i = 1; i < lines.Count; i++)
        {
            lines[i] = lines[i] with { BlankLinesBefore = BlankLines(lines[i - 1], lines[i]) };
        }

        return lines;
    }

    /// <summary>Counts the empty lines a vertical gap is worth: none up to two em from baseline to baseline, then one per em, at most four.</summary>
    private static int BlankLines(PdfLine above, PdfLine below)
    {
        double em = Math.Max(above.FontSize, below.FontSize);
        double pitch = (above.Baseline - below.Baseline) / em;
        return (int)Math.Clamp(Math.Floor(pitch) - 1, 0, MaxBlankLines);
    }

    /// <summary>Splits the words of one line into cells.</summary>
    /// <param name="words">The words of the line, in any order.</param>
    /// <param name="options">The layout settings; <see cref="PdfLayoutOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The cells from left to right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<PdfCell> SplitCells(IEnumerable<PdfWord> words, PdfLayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        options ??= PdfLayoutOptions.Default;
        var list = words.Where(IsUsable).ToList();
        list.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        RemoveOverprints(list);
        return Cells(list, options);
    }

    private static PdfLine ToLine(int page, double baseline, List<PdfWord> words, PdfLayoutOptions options)
    {
        words.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        RemoveOverprints(words);
        double size = 0;
        foreach (PdfWord word in words)
        {
            size = Math.Max(size, word.FontSize);
        }

        return new PdfLine(page, baseline, size, Cells(words, options));
    }

    private static ImmutableArray<PdfCell> Cells(List<PdfWord> words, PdfLayoutOptions options)
    {
        ImmutableArray<PdfCell>.Builder cells = ImmutableArray.CreateBuilder<PdfCell>();
        if (words.Count == 0)
        {
            return cells.ToImmutable();
        }

        var text = new System.Text.StringBuilder(words[0].Text);
        double left = words[0].Left;
        double right = words[0].Right;
        for (int i = 1; i < words.Count; i++)
        {
            PdfWord previous = words[i - 1];
            PdfWord word = words[i];
            double em = Math.Max(previous.FontSize, word.FontSize);
            bool split = word.Left - right >= options.CellGap * em || IsAmountNameBoundary(previous.Text, word.Text);
            if (split)
            {
                cells.Add(new PdfCell(text.ToString(), left, right));
                text.Clear().Append(word.Text);
                left = word.Left;
            }
            else
            {
                text.Append(' ').Append(word.Text);
            }

            right = Math.Max(right, word.Right);
        }

        cells.Add(new PdfCell(text.ToString(), left, right));
        return cells.ToImmutable();
    }

    /// <summary>Drops a word printed a second time over itself (a bold face imitated by printing twice with a small offset).</summary>
    private static void RemoveOverprints(List<PdfWord> words)
    {
        for (int i = words.Count - 1; i > 0; i--)
        {
            PdfWord a = words[i - 1];
            PdfWord b = words[i];
            double overlap = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
            if (string.Equals(a.Text, b.Text, StringComparison.Ordinal) && overlap > 0.5 * Math.Max(a.Width, b.Width))
            {
                words.RemoveAt(i);
            }
        }
    }

    private static bool IsUsable(PdfWord word)
        => !string.IsNullOrWhiteSpace(word.Text)
            && double.IsFinite(word.Left) && double.IsFinite(word.Right) && double.IsFinite(word.Baseline)
            && double.IsFinite(word.FontSize) && word.FontSize > 0;

    /// <summary>Tells whether two neighbouring words are an amount and a name (or a name and an amount), which a table cell never holds together.</summary>
    internal static bool IsAmountNameBoundary(string left, string right)
        => (IsSeparatedAmount(left) && right.Length > 0 && IsCjk(right[0]))
            || (left.Length > 0 && IsCjk(left[^1]) && IsSeparatedAmount(right));

    /// <summary>Tells whether a word is an amount written with a thousands separator or decimals, which a table cell holds and a name does not.</summary>
    private static bool IsSeparatedAmount(string word)
    {
        if (word.Length < 3 || (!word.Contains(',', StringComparison.Ordinal) && !word.Contains('.', StringComparison.Ordinal)))
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

        return Amount.TryParse(word.AsSpan(), out Amount amount) && amount.HasValue;
    }

    private static bool IsCjk(char c) => c >= '\u2E80';
}
