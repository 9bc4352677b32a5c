using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class ClassificationCatalogueTests
{
    private static ClassificationCatalogues Catalogues => ClassificationCatalogues.ForYear(2026);

    private static ClassificationCatalogue<FunctionalCode> Functional => Catalogues.Functional;

    [Fact]
    public void Known_item_is_found_with_its_name_and_english_label()
    {
        Assert.True(Functional.TryGet(FunctionalCode.Parse("2060404"), out ClassificationEntry<FunctionalCode>? entry));
        Assert.Equal(("科技成果转化与扩散", "Transfer and diffusion of scientific and technological achievements"), (entry.Name, entry.EnglishName));
    }

    [Fact]
    public void Lookup_of_a_known_code_is_found_with_no_nearest_codes()
    {
        CatalogueLookup<FunctionalCode> lookup = Functional.Lookup(FunctionalCode.Parse("2060404"));
        Assert.Equal((true, "2060404 科技成果转化与扩散", 0), (lookup.Found, lookup.Message, lookup.Nearest.Count));
    }

    [Theory]
    [InlineData("2060498")]
    [InlineData("2060402")]
    [InlineData("2069998")]
    [InlineData("20698")]
    [InlineData("2350101")]
    [InlineData("218")]
    [InlineData("9990101")]
    public void Lookup_of_an_unknown_functional_code_says_so_and_offers_nearest_codes(string text)
    {
        CatalogueLookup<FunctionalCode> lookup = Functional.Lookup(FunctionalCode.Parse(text));
        Assert.Equal((false, (ClassificationEntry<FunctionalCode>?)null, $"{text} is not in the 2026 catalogue"), (lookup.Found, lookup.Entry, lookup.Message));
        Assert.NotEmpty(lookup.Nearest);
    }

    [Fact]
    public void Nearest_codes_of_an_unknown_item_are_items_of_its_section()
    {
        CatalogueLookup<FunctionalCode> lookup = Functional.Lookup(FunctionalCode.Parse("2060498"));
        Assert.All(lookup.Nearest, e => Assert.True(e.Code.IsWithin(FunctionalCode.Parse("20604")) && e.Depth == 2, e.ToString()));
        Assert.Contains(lookup.Nearest, e => e.Code == FunctionalCode.Parse("2060499"));
    }

    [Fact]
    public void Nearest_codes_of_an_item_in_an_unknown_class_are_items_near_it()
    {
        CatalogueLookup<FunctionalCode> lookup = Functional.Lookup(FunctionalCode.Parse("2350101"));
        Assert.All(lookup.Nearest, e => Assert.Equal(2, e.Depth));
    }

    [Theory]
    [InlineData("30298")]
    [InlineData("30230")]
    [InlineData("398")]
    public void Lookup_of_an_unknown_economic_code_says_so_and_offers_nearest_codes(string text)
    {
        CatalogueLookup<EconomicCode> lookup = Catalogues.EconomicDepartment.Lookup(EconomicCode.Parse(text));
        Assert.Equal((false, $"{text} is not in the 2026 catalogue"), (lookup.Found, lookup.Message));
        Assert.NotEmpty(lookup.Nearest);
    }

    [Fact]
    public void Department_economic_code_is_not_in_the_government_catalogue()
    {
        Assert.False(Catalogues.EconomicGovernment.Contains(EconomicCode.Parse("30231")));
    }

    [Fact]
    public void Children_of_a_class_include_its_sections()
    {
        Assert.Contains(Functional.Children(FunctionalCode.Parse("206")), e => e.Code == FunctionalCode.Parse("20604"));
    }

    [Fact]
    public void Children_of_a_class_are_only_its_sections_in_code_order()
    {
        IReadOnlyList<ClassificationEntry<FunctionalCode>> children = Functional.Children(FunctionalCode.Parse("206"));
        Assert.All(children, e => Assert.Equal(FunctionalCode.Parse("206"), e.Parent));
        Assert.Equal(children.OrderBy(e => e.Code), children);
    }

    [Fact]
    public void Children_of_a_section_are_its_items()
    {
        string[] codes = [.. Functional.Children(FunctionalCode.Parse("20604")).Select(e => e.Code.ToString())];
        Assert.Equal(["2060401", "2060404", "2060405", "2060499"], codes);
    }

    [Fact]
    public void Children_of_an_item_or_unknown_code_are_empty()
    {
        Assert.Equal(0, Functional.Children(FunctionalCode.Parse("2060404")).Count + Functional.Children(FunctionalCode.Parse("2350101")).Count);
    }

    [Fact]
    public void Ancestors_of_an_item_are_its_class_then_its_section()
    {
        IEnumerable<string> ancestors = Functional.Ancestors(FunctionalCode.Parse("2060404")).Select(e => e.ToString());
        Assert.Equal(["206 科学技术支出", "20604 技术与开发"], ancestors);
    }

    [Fact]
    public void Ancestors_of_a_class_are_empty()
    {
        Assert.Empty(Functional.Ancestors(FunctionalCode.Parse("206")));
    }

    [Fact]
    public void Ancestors_of_an_economic_section_are_its_class()
    {
        Assert.Equal(["302 商品和服务支出"], Catalogues.EconomicDepartment.Ancestors(EconomicCode.Parse("30231")).Select(e => e.ToString()));
    }

    [Fact]
    public void Search_by_part_of_a_name_finds_the_item()
    {
        Assert.Contains(Functional.Search("科技成果转化"), e => e.Code == FunctionalCode.Parse("2060404"));
    }

    [Fact]
    public void Search_puts_exact_name_matches_first()
    {
        Assert.Equal(FunctionalCode.Parse("20604"), Functional.Search("技术与开发")[0].Code);
    }

    [Fact]
    public void Search_by_english_label_ignores_case()
    {
        Assert.Contains(Functional.Search("TRANSFER AND DIFFUSION"), e => e.Code == FunctionalCode.Parse("2060404"));
    }

    [Fact]
    public void Search_for_a_name_nobody_uses_finds_nothing()
    {
        Assert.Empty(Functional.Search("不存在的科目名称"));
    }

    [Fact]
    public void Search_for_blank_text_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Functional.Search(" "));
    }

    [Theory]
    [InlineData("30213", "维修（护）费")]
    [InlineData("30213", "维修(护)费")]
    [InlineData("30213", "维修 （护） 费")]
    public void Name_matches_ignoring_bracket_width_and_spaces(string code, string printed)
    {
        Assert.True(Catalogues.EconomicDepartment.NameMatches(EconomicCode.Parse(code), printed));
    }

    [Fact]
    public void Name_does_not_match_another_codes_name()
    {
        Assert.False(Functional.NameMatches(FunctionalCode.Parse("2060404"), "技术与开发"));
    }

    [Fact]
    public void Name_does_not_match_for_an_unknown_code()
    {
        Assert.False(Functional.NameMatches(FunctionalCode.Parse("2350101"), "科技成果转化与扩散"));
    }

    [Fact]
    public void Classes_of_the_functional_scheme_run_from_201_to_234()
    {
        IReadOnlyList<ClassificationEntry<FunctionalCode>> classes = Functional.Classes;
        Assert.Equal((201, 234), (classes[0].Code.Value, classes[^1].Code.Value));
    }

    [Fact]
    public void Classes_of_the_department_economic_scheme_are_the_301_to_399_classes()
    {
        int[] codes = [.. Catalogues.EconomicDepartment.Classes.Select(e => e.Code.Value)];
        Assert.Equal([301, 302, 303, 307, 309, 310, 311, 312, 313, 399], codes);
    }

    [Fact]
    public void Classes_of_the_government_economic_scheme_lie_in_501_to_599()
    {
        Assert.All(Catalogues.EconomicGovernment.Classes, e => Assert.InRange(e.Code.Value, 501, 599));
    }

    [Fact]
    public void Entries_are_in_code_order_and_count_matches()
    {
        IReadOnlyList<ClassificationEntry<FunctionalCode>> entries = Functional.Entries;
        Assert.Equal((true, Functional.Count), (entries.SequenceEqual(entries.OrderBy(e => e.Code)), entries.Count));
    }

    [Fact]
    public void Catalogues_know_their_year_and_scheme()
    {
        Assert.Equal(
            (2026, ClassificationScheme.Functional, ClassificationScheme.EconomicDepartment, ClassificationScheme.EconomicGovernment),
            (Functional.Year, Functional.Scheme, Catalogues.EconomicDepartment.Scheme, Catalogues.EconomicGovernment.Scheme));
    }

    [Fact]
    public void Available_years_contain_2026()
    {
        Assert.Contains(2026, ClassificationCatalogues.AvailableYears);
    }

    [Fact]
    public void Same_year_gives_the_same_catalogues()
    {
        Assert.Same(ClassificationCatalogues.ForYear(2026), ClassificationCatalogues.ForYear(2026));
    }

    [Fact]
    public void Year_without_a_catalogue_throws_naming_the_available_years()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationCatalogues.ForYear(1999));
        Assert.Equal(("year", true), (ex.ParamName, ex.Message.Contains("the package holds 2026", StringComparison.Ordinal)));
    }

    [Fact]
    public void TryForYear_without_a_catalogue_is_false()
    {
        Assert.False(ClassificationCatalogues.TryForYear(1999, out _));
    }

    [Fact]
    public void Nearest_year_of_a_later_year_is_the_latest_catalogue()
    {
        Assert.Equal(ClassificationCatalogues.AvailableYears[^1], ClassificationCatalogues.Nearest(2100).Year);
    }
}
