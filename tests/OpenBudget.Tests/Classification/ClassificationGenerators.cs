using FsCheck;
using FsCheck.Fluent;
using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

/// <summary>Generators for well-formed codes of any level, and for the entries of the 2026 catalogues.</summary>
internal static class ClassificationGenerators
{
    private static Gen<int> ClassDigits { get; } = Gen.Choose(100, 999);

    private static Gen<int> LevelDigits { get; } = Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(1, 99)));

    /// <summary>Any well-formed functional code: class, section or item, with any non-00 section and item.</summary>
    public static Gen<FunctionalCode> Functional { get; } =
        from depth in Gen.Choose(0, 2)
        from value in Value(depth)
        select FunctionalCode.FromValue(value, depth);

    /// <summary>Any well-formed economic code: class or section.</summary>
    public static Gen<EconomicCode> Economic { get; } =
        from depth in Gen.Choose(0, 1)
        from value in Value(depth)
        select EconomicCode.FromValue(value, depth);

    /// <summary>Codes a catalogue may or may not hold: half of them taken from the 2026 functional catalogue.</summary>
    public static Gen<FunctionalCode> FunctionalNearCatalogue { get; } =
        Gen.Frequency((1, Functional), (1, Gen.Elements(ClassificationCatalogues.ForYear(2026).Functional.Entries.Select(e => e.Code).ToArray())));

    /// <summary>The entries of all three 2026 code catalogues, each as its scheme and its code's digits.</summary>
    public static Gen<(ClassificationScheme Scheme, string Code)> CatalogueEntries { get; } = Gen.Elements(AllEntries().ToArray());

    private static Gen<int> Value(int depth) => depth switch
    {
        0 => ClassDigits,
        1 => from c in ClassDigits from s in LevelDigits select (c * 100) + s,
        _ => from c in ClassDigits from s in LevelDigits from i in LevelDigits select (c * 10_000) + (s * 100) + i,
    };

    private static IEnumerable<(ClassificationScheme, string)> AllEntries()
    {
        ClassificationCatalogues catalogues = ClassificationCatalogues.ForYear(2026);
        return catalogues.Functional.Entries.Select(e => (ClassificationScheme.Functional, e.Code.ToString()))
            .Concat(catalogues.EconomicDepartment.Entries.Select(e => (ClassificationScheme.EconomicDepartment, e.Code.ToString())))
            .Concat(catalogues.EconomicGovernment.Entries.Select(e => (ClassificationScheme.EconomicGovernment, e.Code.ToString())));
    }
}
