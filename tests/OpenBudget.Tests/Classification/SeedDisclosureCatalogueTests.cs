using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

/// <summary>Every code and name that the sample disclosure prints in tables 1 to 7 is in the 2026 catalogue under the same name.</summary>
public class SeedDisclosureCatalogueTests
{
    private static ClassificationCatalogues Catalogues => ClassificationCatalogues.ForYear(2026);

    public static TheoryData<int, string, string> FunctionalRows => Rows(SeedDisclosureCodes.Functional);

    public static TheoryData<int, string, string> EconomicRows => Rows(SeedDisclosureCodes.Economic);

    public static TheoryData<string> Table7Headings => [.. SeedDisclosureCodes.Table7EconomicHeadings];

    [Theory]
    [MemberData(nameof(FunctionalRows))]
    public void Functional_code_printed_in_the_sample_is_in_the_catalogue_with_the_printed_name(int table, string code, string name)
    {
        Assert.True(Catalogues.Functional.NameMatches(FunctionalCode.Parse(code), name), Describe(table, code, name, Catalogues.Functional.Lookup(FunctionalCode.Parse(code)).Message));
    }

    [Theory]
    [MemberData(nameof(EconomicRows))]
    public void Economic_code_printed_in_the_sample_is_in_the_department_catalogue_with_the_printed_name(int table, string code, string name)
    {
        Assert.True(Catalogues.EconomicDepartment.NameMatches(EconomicCode.Parse(code), name), Describe(table, code, name, Catalogues.EconomicDepartment.Lookup(EconomicCode.Parse(code)).Message));
    }

    [Theory]
    [MemberData(nameof(Table7Headings))]
    public void Economic_class_heading_of_table_7_names_a_department_economic_class(string heading)
    {
        Assert.Single(Catalogues.EconomicDepartment.Classes, e => Catalogues.EconomicDepartment.NameMatches(e.Code, heading));
    }

    [Fact]
    public void Table_7_headings_name_the_ten_classes_in_catalogue_order()
    {
        IEnumerable<int> codes = SeedDisclosureCodes.Table7EconomicHeadings
            .Select(h => Catalogues.EconomicDepartment.Classes.First(e => Catalogues.EconomicDepartment.NameMatches(e.Code, h)).Code.Value);
        Assert.Equal([301, 302, 303, 307, 309, 310, 311, 312, 313, 399], codes);
    }

    [Fact]
    public void Sample_prints_the_codes_of_every_table_read()
    {
        // Guards the reader: a change in the fixture's layout must not leave the theories above with nothing to check.
        IEnumerable<string> perTable = SeedDisclosureCodes.Functional.Concat(SeedDisclosureCodes.Economic)
            .GroupBy(r => r.Table)
            .OrderBy(g => g.Key)
            .Select(g => $"表 {g.Key}: {g.Count()}");
        Assert.Equal(["表 1: 30", "表 2: 14", "表 3: 14", "表 4: 30", "表 5: 9", "表 6: 29", "表 7: 7"], perTable);
    }

    private static TheoryData<int, string, string> Rows(IEnumerable<(int Table, string Code, string Name)> rows)
    {
        var data = new TheoryData<int, string, string>();
        foreach ((int table, string code, string name) in rows)
        {
            data.Add(table, code, name);
        }

        return data;
    }

    private static string Describe(int table, string code, string name, string lookup)
        => $"表 {table} prints {code} {name}; the catalogue says: {lookup}";
}
