using System.Text;
using BenchmarkDotNet.Attributes;
using OpenBudget.Import;

namespace OpenBudget.Benchmarks;

/// <summary>Importing published text: the sample disclosure (75 KB, 12 tables, 11 project performance tables), and a synthetic 1 MB text made from it with many more projects.</summary>
/// <remarks>MB/s is the UTF-8 size (printed at set-up) divided by the mean time. <see cref="Split_sample_lines"/> is a reference measured in the same run.</remarks>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private const string SampleResource = "OpenBudget.Benchmarks.urumqi-science-2026.txt";

    private string _sample = "";
    private string _large = "";

    [GlobalSetup]
    public void Setup()
    {
        using Stream stream = typeof(ImportBenchmarks).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded sample {SampleResource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        _sample = reader.ReadToEnd();
        _large = SyntheticImportText.Build(_sample, 1 << 20, out int copies);

        // The benchmark must measure a complete import: check that the copies were read as projects.
        ImportResult sample = DisclosureImporter.Import(_sample);
        ImportResult large = DisclosureImporter.Import(_large);
        int sampleProjects = sample.Disclosure!.Performance.Projects.Count;
        int largeProjects = large.Disclosure!.Performance.Projects.Count;
        if (!sample.IsComplete || !large.IsComplete || largeProjects != sampleProjects * (copies + 1))
        {
            throw new InvalidOperationException($"The synthetic text was not read completely: {largeProjects} project performance tables for {sampleProjects} × {copies + 1}; "
                + string.Join("; ", large.Diagnostics.Where(d => d.Severity >= ImportSeverity.Error).Take(5)));
        }

        Console.WriteLine($"// sample: {Encoding.UTF8.GetByteCount(_sample)} bytes; synthetic: {Encoding.UTF8.GetByteCount(_large)} bytes, {largeProjects} project performance tables, "
            + $"{large.Disclosure.Tables.Single(t => t.Kind == Disclosures.TableKind.GeneralPublicBudgetProjectExpenditure).Rows.Count} rows in 表7; {large.Coverage}");
    }

    [Benchmark]
    public ImportResult Import_sample() => DisclosureImporter.Import(_sample);

    [Benchmark]
    public ImportResult Import_synthetic_1MB() => DisclosureImporter.Import(_large);

    /// <summary>A reference for how fast the (shared, noisy) machine runs at the moment: splitting the sample into lines with <see cref="string.Split(char, StringSplitOptions)"/>,
    /// which no change to the importer touches. The ratio of <see cref="Import_sample"/> to it, measured in the same run, compares runs made under different loads.</summary>
    [Benchmark]
    public int Split_sample_lines() => _sample.Split('\n').Length;
}
