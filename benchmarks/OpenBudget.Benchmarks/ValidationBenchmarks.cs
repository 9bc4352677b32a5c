using BenchmarkDotNet.Attributes;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Benchmarks;

/// <summary>The validator: the hand-checked sample (1,296 checks, 37 findings) and 10,000 generated disclosures (3 units, 3 projects each, 6 functional items), one by one and with <see cref="DisclosureValidator.ValidateMany"/> on every core.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const int Generated = 10_000;
    private readonly DisclosureValidator _validator = new();
    private BudgetDisclosure _sample = null!;
    private BudgetDisclosure[] _generated = [];

    [GlobalSetup]
    public void Setup()
    {
        _sample = OpenBudgetJson.Deserialize(File.ReadAllText(FindSample()));
        var generator = new SyntheticDisclosureGenerator();
        _generated = [.. Enumerable.Range(1, Generated).Select(generator.Generate)];
    }

    [Benchmark]
    public ValidationReport Validate_sample() => _validator.Validate(_sample);

    [Benchmark]
    public int Validate_10000_generated()
    {
        int findings = 0;
        foreach (BudgetDisclosure disclosure in _generated)
        {
            findings += _validator.Validate(disclosure).Summary.Findings;
        }

        return findings;
    }

    [Benchmark]
    public int Validate_10000_generated_many()
    {
        int findings = 0;
        foreach (ValidationReport report in _validator.ValidateMany(_generated))
        {
            findings += report.Summary.Findings;
        }

        return findings;
    }

    private static string FindSample()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "fixtures", "sample", "urumqi-science-2026.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/fixtures/sample/urumqi-science-2026.json was not found above the benchmark's folder.");
    }
}
