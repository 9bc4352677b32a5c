using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OpenBudget.Pdf.Tests.Rendering;

/// <summary>Writes text at positions on PDF pages with PDFsharp, as a disclosure's publisher would: CJK runs in a CJK font, digits and Latin in a Latin one.</summary>
/// <remarks>Positions are in points from the top left of the page; a baseline is where the glyphs stand.</remarks>
internal sealed class TestPdfWriter : IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly Dictionary<(string Family, double Size), XFont> _fonts = [];
    private XGraphics? _graphics;

    public TestPdfWriter(double width = 842, double height = 595)
    {
        TestFonts.Install();
        Width = width;
        Height = height;
        _document.Info.Title = "OpenBudget test document";
    }

    public double Width { get; }

    public double Height { get; }

    public int PageCount => _document.PageCount;

    public void NewPage()
    {
        _graphics?.Dispose();
        PdfPage page = _document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _graphics = XGraphics.FromPdfPage(page);
    }

    /// <summary>Measures the width of a text in points.</summary>
    public double Measure(string text, double size)
    {
        double width = 0;
        foreach ((string family, string run) in Runs(text))
        {
            width += Graphics.MeasureString(run, Font(family, size)).Width;
        }

        return width;
    }

    /// <summary>Writes a text with its left end at <paramref name="x"/>.</summary>
    public void Text(string text, double x, double baseline, double size)
    {
        foreach ((string family, string run) in Runs(text))
        {
            XFont font = Font(family, size);
            Graphics.DrawString(run, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += Graphics.MeasureString(run, font).Width;
        }
    }

    /// <summary>Writes a text with its right end at <paramref name="right"/> (amounts in a table).</summary>
    public void TextRight(string text, double right, double baseline, double size) => Text(text, right - Measure(text, size), baseline, size);

    /// <summary>Draws a line (a table's rule), which a reader of text must ignore.</summary>
    public void Rule(double x1, double y1, double x2, double y2) => Graphics.DrawLine(XPens.Black, x1, y1, x2, y2);

    /// <summary>Draws a filled rectangle without text, as a scanned page's image would stand.</summary>
    public void Box(double x, double y, double width, double height) => Graphics.DrawRectangle(XBrushes.Gray, x, y, width, height);

    public byte[] Save(string? userPassword = null)
    {
        _graphics?.Dispose();
        _graphics = null;
        if (userPassword is not null)
        {
            _document.SecuritySettings.UserPassword = userPassword;
            _document.SecuritySettings.OwnerPassword = userPassword + "-owner";
        }

        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Call NewPage first.");

    private XFont Font(string family, double size)
    {
        if (!_fonts.TryGetValue((family, size), out XFont? font))
        {
            font = new XFont(family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[(family, size)] = font;
        }

        return font;
    }

    private static IEnumerable<(string Family, string Run)> Runs(string text)
    {
        int start = 0;
        for (int i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || TestFonts.FamilyOf(text[i]) != TestFonts.FamilyOf(text[start]))
            {
                if (i > start)
                {
                    yield return (TestFonts.FamilyOf(text[start]), text[start..i]);
                }

                start = i;
            }
        }
    }
}
