using PdfSharp.Fonts;

namespace OpenBudget.Pdf.Tests.Rendering;

/// <summary>Serves the two font subsets in tests/fixtures/fonts to PDFsharp: "Cjk" (Droid Sans Fallback) and "Latin" (DejaVu Sans).</summary>
internal sealed class TestFonts : IFontResolver
{
    public const string Cjk = "Cjk";
    public const string Latin = "Latin";

    private static readonly Lock Gate = new();
    private static bool _installed;

    private readonly byte[] _cjk = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "fonts", "DroidSansFallback-subset.ttf"));
    private readonly byte[] _latin = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "fonts", "DejaVuSans-subset.ttf"));

    /// <summary>Installs the resolver once per process (PDFsharp keeps it in a global).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new TestFonts();
                _installed = true;
            }
        }
    }

    /// <summary>Tells which font prints a character: CJK characters and full-width forms in the CJK font, the rest in the Latin one.</summary>
    public static string FamilyOf(char c) => c >= '\u2E80' ? Cjk : Latin;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => familyName switch
        {
            Cjk => new FontResolverInfo(Cjk),
            Latin => new FontResolverInfo(Latin),
            _ => null,
        };

    public byte[]? GetFont(string faceName) => faceName switch
    {
        Cjk => _cjk,
        Latin => _latin,
        _ => null,
    };
}
