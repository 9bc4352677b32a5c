using BenchmarkDotNet.Attributes;
using OpenBudget.Classification;

namespace OpenBudget.Benchmarks;

/// <summary>The classification hot paths: reading printed codes and finding them in the year's catalogue.</summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private readonly FunctionalCode _known = FunctionalCode.Parse("2060404");
    private ClassificationCatalogue<FunctionalCode> _catalogue = null!;

    [GlobalSetup]
    public void Setup() => _catalogue = ClassificationCatalogues.ForYear(2026).Functional;

    [Benchmark]
    public FunctionalCode Parse_digits() => FunctionalCode.Parse("2060404");

    [Benchmark]
    public FunctionalCode Parse_spaced() => FunctionalCode.Parse("206 04 04");

    [Benchmark]
    public bool TryParse_with_reason() => FunctionalCode.TryParse("2060404", out _, out _);

    [Benchmark]
    public EconomicCode Parse_economic() => EconomicCode.Parse("30231");

    [Benchmark]
    public bool Catalogue_TryGet() => _catalogue.TryGet(_known, out _);

    [Benchmark]
    public CatalogueLookup<FunctionalCode> Catalogue_Lookup() => _catalogue.Lookup(_known);
}
