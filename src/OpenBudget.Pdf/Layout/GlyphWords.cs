using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace OpenBudget.Pdf.Layout;

/// <summary>Builds words from the glyphs of a page: glyphs on one baseline, in order across the page, split at space glyphs and at gaps wider than <see cref="PdfLayoutOptions.WordGap"/>.</summary>
/// <remarks>
/// PdfPig's own word extractor splits where fonts change, which would break "2026年" printed in two fonts; this one only
/// looks at positions. Glyphs outside the visible page are dropped, as text extraction tools drop them: a page that shows
/// the middle of a long text holds all of it.
/// </remarks>
internal static class GlyphWords
{
    /// <summary>Builds the words of a page.</summary>
    /// <param name="letters">The page's glyphs.</param>
    /// <param name="visible">The page's visible area: a glyph whose baseline starts outside it is not printed, as when a page shows only part of a long text.</param>
    /// <param name="options">The layout settings.</param>
    internal static List<PdfWord> FromLetters(IReadOnlyList<Letter> letters, PdfRectangle visible, PdfLayoutOptions options)
    {
        var glyphs = new List<Glyph>(letters.Count);
        foreach (Letter letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            PdfPoint start = letter.StartBaseLine;
            if (start.X < visible.Left || start.X > visible.Right || start.Y < visible.Bottom || start.Y > visible.Top)
            {
                continue;
            }

            double left = letter.StartBaseLine.X;
            double right = letter.EndBaseLine.X;
            if (right <= left)
            {
                right = left + Math.Max(letter.Width, 0);
            }

            double size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            glyphs.Add(new Glyph(letter.Value, left, right, letter.StartBaseLine.Y, size, string.IsNullOrWhiteSpace(letter.Value)));
        }

        glyphs.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var words = new List<PdfWord>(glyphs.Count / 4 + 1);
        var run = new List<Glyph>();
        double reference = double.NaN;
        double referenceSize = 0;
        foreach (Glyph glyph in glyphs)
        {
            if (run.Count > 0 && reference - glyph.Baseline > options.LineTolerance * Math.Max(referenceSize, glyph.FontSize))
            {
                AddWords(run, words, options);
                run.Clear();
            }

            if (run.Count == 0)
            {
                reference = glyph.Baseline;
                referenceSize = glyph.FontSize;
            }

            run.Add(glyph);
        }

        AddWords(run, words, options);
        return words;
    }

    private static void AddWords(List<Glyph> run, List<PdfWord> words, PdfLayoutOptions options)
    {
        if (run.Count == 0)
        {
            return;
        }

        run.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var text = new System.Text.StringBuilder();
        double left = 0;
        double right = 0;
        double baseline = 0;
        double size = 0;
        Glyph previous = default;
        foreach (Glyph glyph in run)
        {
            if (glyph.IsSpace)
            {
                Flush();
                continue;
            }

            if (text.Length > 0)
            {
                bool overprint = string.Equals(glyph.Text, previous.Text, StringComparison.Ordinal) && glyph.Left - previous.Left < 0.3 * (previous.Right - previous.Left);
                if (overprint)
                {
                    continue;
                }

                if (glyph.Left - right >= options.WordGap * Math.Max(size, glyph.FontSize))
                {
                    Flush();
                }
            }

            if (text.Length == 0)
            {
                left = glyph.Left;
                baseline = glyph.Baseline;
                size = 0;
            }

            text.Append(glyph.Text);
            right = Math.Max(right, glyph.Right);
            size = Math.Max(size, glyph.FontSize);
            previous = glyph;
        }

        Flush();

        void Flush()
        {
            if (text.Length > 0)
            {
                words.Add(new PdfWord(text.ToString(), left, right, baseline, size));
                text.Clear();
            }

            right = 0;
        }
    }

    private readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double FontSize, bool IsSpace);
}
