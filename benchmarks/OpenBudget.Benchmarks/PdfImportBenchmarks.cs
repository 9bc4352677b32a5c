using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using OpenBudget.Pdf;
using OpenBudget.Pdf.Layout;
using PdfSharp.Pdf.IO;

namespace OpenBudget.Benchmarks;

/// <summary>Reading a 40-page published disclosure PDF: PdfPig's glyphs alone (the floor), glyphs to lines and cells, and the whole import to a disclosure with its page map.</summary>
/// <remarks>The 40 pages are the 33 of the Wanli budget and the first 7 of the Commerce budget (tests/fixtures/pdf), joined with PDFsharp.</remarks>
[MemoryDiagnoser]
public class PdfImportBenchmarks
{
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        string folder = FixtureFolder();
        using var joined = new PdfSharp.Pdf.PdfDocument();
        AddPages(joined, Path.Combine(folder, "putuo-wanli-2024-department.pdf"), 33);
        AddPages(joined, Path.Combine(folder, "putuo-commerce-2025-department.pdf"), 7);
        using var stream = new MemoryStream();
        joined.Save(stream, false);
        _pdf = stream.ToArray();
        if (PdfLayoutReader.Read(_pdf).PageCount != 40)
        {
            throw new InvalidOperationException("The benchmark document should have 40 pages.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"// Peak working set of the benchmark process: {process.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB"));
    }

    [Benchmark(Baseline = true)]
    public int PdfPig_glyphs_only()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(_pdf);
        int glyphs = 0;
        for (int page = 1; page <= document.NumberOfPages; page++)
        {
            glyphs += document.GetPage(page).Letters.Count;
        }

        return glyphs;
    }

    [Benchmark]
    public PdfTextLayout Read_40_pages_to_lines_and_cells() => PdfLayoutReader.Read(_pdf);

    [Benchmark]
    public PdfImportResult Import_40_pages_to_a_disclosure_with_pages() => PdfDisclosureImporter.ImportWithPages(_pdf);

    private static void AddPages(PdfSharp.Pdf.PdfDocument target, string path, int count)
    {
        using PdfSharp.Pdf.PdfDocument source = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        for (int i = 0; i < count; i++)
        {
            target.AddPage(source.Pages[i]);
        }
    }

    private static string FixtureFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "fixtures", "pdf");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/pdf was not found above " + AppContext.BaseDirectory);
    }
}
