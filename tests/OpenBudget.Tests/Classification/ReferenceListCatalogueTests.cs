using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

/// <summary>Every entry of the verified reference fragments (shared data/classification, copied to tests/fixtures/classification)
/// is in the 2026 catalogue with the same name, level and parent.</summary>
public class ReferenceListCatalogueTests
{
    private static ClassificationCatalogues Catalogues => ClassificationCatalogues.ForYear(2026);

    public static TheoryData<string, string, string, string> FunctionalEntries => Read("functional.csv");

    public static TheoryData<string, string, string, string> EconomicEntries => Read("economic-department.csv");

    [Theory]
    [MemberData(nameof(FunctionalEntries))]
    public void Reference_functional_entry_is_in_the_catalogue_with_the_same_name_level_and_parent(string code, string name, string level, string parent)
    {
        FunctionalCode parsed = FunctionalCode.Parse(code);
        Assert.True(Catalogues.Functional.NameMatches(parsed, name), $"{code} {name}: the catalogue says {Catalogues.Functional.Lookup(parsed).Message}");
        Assert.Equal((level, parent), (parsed.Level.ToString().ToLowerInvariant(), parsed.Parent?.ToString() ?? ""));
    }

    [Theory]
    [MemberData(nameof(EconomicEntries))]
    public void Reference_economic_entry_is_in_the_department_catalogue_with_the_same_name_level_and_parent(string code, string name, string level, string parent)
    {
        EconomicCode parsed = EconomicCode.Parse(code);
        Assert.True(Catalogues.EconomicDepartment.NameMatches(parsed, name), $"{code} {name}: the catalogue says {Catalogues.EconomicDepartment.Lookup(parsed).Message}");
        Assert.Equal((level, parent), (parsed.Level.ToString().ToLowerInvariant(), parsed.Parent?.ToString() ?? ""));
    }

    [Fact]
    public void Reference_lists_hold_their_documented_row_counts()
    {
        Assert.Equal((66, 31), (FunctionalEntries.Count, EconomicEntries.Count));
    }

    private static TheoryData<string, string, string, string> Read(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "classification", file));
        Assert.Equal("code,name,level,parent", lines[0]);
        var data = new TheoryData<string, string, string, string>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] fields = line.Split(',');
            Assert.Equal(4, fields.Length);
            data.Add(fields[0], fields[1], fields[2], fields[3]);
        }

        return data;
    }
}
