using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class ClassificationCatalogueProperties
{
    private static ClassificationCatalogues Catalogues => ClassificationCatalogues.ForYear(2026);

    [Property(MaxTest = 2000)]
    public Property Parent_of_every_catalogue_entry_is_in_the_same_catalogue() =>
        Prop.ForAll(ClassificationGenerators.CatalogueEntries.ToArbitrary(), entry => entry.Scheme switch
        {
            ClassificationScheme.Functional => FunctionalCode.Parse(entry.Code).Parent is not FunctionalCode p || Catalogues.Functional.Contains(p),
            ClassificationScheme.EconomicDepartment => EconomicCode.Parse(entry.Code).Parent is not EconomicCode p || Catalogues.EconomicDepartment.Contains(p),
            _ => EconomicCode.Parse(entry.Code).Parent is not EconomicCode p || Catalogues.EconomicGovernment.Contains(p),
        });

    [Property(MaxTest = 2000)]
    public Property Every_catalogue_entry_lies_in_its_schemes_class_range() =>
        Prop.ForAll(ClassificationGenerators.CatalogueEntries.ToArbitrary(), entry => entry.Scheme switch
        {
            ClassificationScheme.Functional => entry.Code[0] == '2',
            ClassificationScheme.EconomicDepartment => entry.Code[0] == '3',
            _ => entry.Code[0] == '5',
        });

    [Property(MaxTest = 500)]
    public Property Lookup_never_throws_and_is_found_exactly_when_the_catalogue_holds_the_code() =>
        Prop.ForAll(ClassificationGenerators.FunctionalNearCatalogue.ToArbitrary(), code =>
        {
            CatalogueLookup<FunctionalCode> lookup = Catalogues.Functional.Lookup(code);
            return lookup.Found == Catalogues.Functional.Contains(code)
                && (lookup.Found
                    ? lookup.Entry!.Code == code && lookup.Nearest.Count == 0
                    : lookup.Nearest.Count > 0 && lookup.Message == $"{code} is not in the 2026 catalogue");
        });

    [Property(MaxTest = 500)]
    public Property Ancestors_of_a_known_code_are_its_parent_chain_class_first() =>
        Prop.ForAll(ClassificationGenerators.FunctionalNearCatalogue.ToArbitrary(), code =>
            !Catalogues.Functional.Contains(code)
            || Catalogues.Functional.Ancestors(code).Select(e => e.Code).SequenceEqual(Enumerable.Range(0, code.Depth).Select(code.AtDepth)));

    [Property(MaxTest = 500)]
    public Property Known_code_is_among_its_parents_children() =>
        Prop.ForAll(ClassificationGenerators.FunctionalNearCatalogue.ToArbitrary(), code =>
            !Catalogues.Functional.Contains(code) || code.Parent is not FunctionalCode parent
            || Catalogues.Functional.Children(parent).Any(e => e.Code == code));
}
