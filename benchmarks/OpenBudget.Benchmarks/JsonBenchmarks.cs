using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Benchmarks;

/// <summary>Reading and writing the sample disclosure's JSON, against the floor of parsing the same bytes into a <see cref="JsonDocument"/>.</summary>
/// <remarks>The sample is embedded in this assembly; MB/s is its size divided by the mean time (the Ratio column gives the multiple of the floor).</remarks>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private const string SampleResource = "OpenBudget.Benchmarks.urumqi-science-2026.json";

    private byte[] _utf8 = [];
    private BudgetDisclosure _disclosure = new();

    /// <summary>Gets the size of the sample in bytes, to turn times into MB/s.</summary>
    public int SampleBytes => _utf8.Length;

    [GlobalSetup]
    public void Setup()
    {
        using Stream stream = typeof(JsonBenchmarks).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded sample {SampleResource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _utf8 = buffer.ToArray();
        _disclosure = OpenBudgetJson.Deserialize(_utf8);
        Console.WriteLine($"// sample: {_utf8.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public int Parse_JsonDocument_floor()
    {
        using JsonDocument document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetProperty("tables").GetArrayLength();
    }

    [Benchmark]
    public BudgetDisclosure Read_model() => OpenBudgetJson.Deserialize(_utf8);

    [Benchmark]
    public byte[] Write_model() => OpenBudgetJson.SerializeToUtf8Bytes(_disclosure);
}
