using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

/// <summary>The embedded 2026 data files themselves: each code once, each name given.</summary>
public class CatalogueDataTests
{
    [Theory]
    [InlineData("functional.csv")]
    [InlineData("economic-department.csv")]
    [InlineData("economic-government.csv")]
    public void No_code_appears_twice_in_a_data_file(string file)
    {
        string[] duplicates = [.. Codes(file).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key)];
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("functional.csv", ClassificationScheme.Functional)]
    [InlineData("economic-department.csv", ClassificationScheme.EconomicDepartment)]
    [InlineData("economic-government.csv", ClassificationScheme.EconomicGovernment)]
    public void Catalogue_holds_every_row_of_its_data_file(string file, ClassificationScheme scheme)
    {
        ClassificationCatalogues catalogues = ClassificationCatalogues.ForYear(2026);
        int count = scheme switch
        {
            ClassificationScheme.Functional => catalogues.Functional.Count,
            ClassificationScheme.EconomicDepartment => catalogues.EconomicDepartment.Count,
            _ => catalogues.EconomicGovernment.Count,
        };
        Assert.Equal(Codes(file).Count, count);
    }

    [Fact]
    public void Every_functional_entry_has_an_english_label()
    {
        Assert.All(ClassificationCatalogues.ForYear(2026).Functional.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.EnglishName), e.ToString()));
    }

    private static List<string> Codes(string file)
    {
        using Stream stream = typeof(FunctionalCode).Assembly.GetManifestResourceStream($"OpenBudget.Classification.Data.2026/{file}")
            ?? throw new InvalidOperationException($"No embedded 2026/{file}.");
        using var reader = new StreamReader(stream);
        var codes = new List<string>();
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            codes.Add(line[..line.IndexOf(',', StringComparison.Ordinal)]);
        }

        return codes;
    }
}
