using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Synthetic;

public class SyntheticDisclosureGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_disclosure()
        => Assert.Equal(new SyntheticDisclosureGenerator().Generate(42), new SyntheticDisclosureGenerator().Generate(42));

    [Fact]
    public void Different_seeds_give_different_disclosures()
        => Assert.NotEqual(new SyntheticDisclosureGenerator().Generate(1), new SyntheticDisclosureGenerator().Generate(2));

    [Fact]
    public void It_prints_all_twelve_tables_in_order()
        => Assert.Equal(Enumerable.Range(1, 12).Select(k => (TableKind)k), new SyntheticDisclosureGenerator().Generate().Tables.Select(t => t.Kind));

    [Fact]
    public void Every_printed_amount_has_two_decimals_in_ten_thousand_yuan()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator().Generate();
        Amount[] amounts = [.. disclosure.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Amount).Where(a => a.HasValue)];
        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Equal(2, a.Scale));
    }

    [Fact]
    public void It_reads_back_from_its_json_unchanged()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { Units = 5, FunctionalItems = 12 }).Generate(7);
        Assert.Equal(disclosure, OpenBudgetJson.Deserialize(OpenBudgetJson.Serialize(disclosure)));
    }

    [Fact]
    public void Codes_come_from_across_the_catalogue()
    {
        var classes = new HashSet<int>();
        var generator = new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { FunctionalItems = 10 });
        for (int seed = 1; seed <= 60; seed++)
        {
            foreach (TableRow row in generator.Generate(seed).Tables[1].Rows)
            {
                if (row.Functional is { } code)
                {
                    classes.Add(code.ClassDigits);
                }
            }
        }

        Assert.True(classes.Count >= 20, $"only {classes.Count} classes");
    }

    [Fact]
    public void Printing_rounds_half_away_from_zero_to_a_cent_of_ten_thousand_yuan()
        => Assert.Equal([0.01m, 0.00m, 12.35m], new[] { 50m, 49.99m, 123_450.00m }.Select(y => SyntheticDisclosureGenerator.PrintZero(y).Value));

    [Theory]
    [InlineData(0, 3, 6)]
    [InlineData(9, 3, 6)]
    [InlineData(3, 13, 6)]
    [InlineData(3, 3, 0)]
    public void Counts_outside_their_range_are_refused(int units, int projects, int items)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { Units = units, ProjectsPerUnit = projects, FunctionalItems = items }));

    [Fact]
    public void A_year_without_a_catalogue_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { FiscalYear = 1999 }));

    [Fact]
    public void A_later_year_built_on_an_earlier_catalogue_carries_its_own_year_and_validates_clean()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { FiscalYear = 2028, CatalogueYear = 2026 }).Generate(3);
        Assert.Equal(2028, disclosure.FiscalYear);
        Assert.StartsWith("2028年", disclosure.Title, StringComparison.Ordinal);
        Assert.Equal(0, new DisclosureValidator().Validate(disclosure).Summary.Counts.Error);
    }

    [Fact]
    public void A_named_department_and_class_give_its_units_and_only_that_classes_codes()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { Department = "示范市教育局", FunctionalClass = "205", Units = 8 }).Generate(5);
        Assert.Equal("示范市教育局", disclosure.Department);
        Assert.Equal(["示范市教育局（本级）", "示范市教育局信息中心", "示范市教育局后勤服务站", "示范市教育局发展研究院"], disclosure.Overview.Units.Take(4).Select(u => u.Name));
        Assert.Equal(8, disclosure.Overview.Units.Select(u => u.Name).Distinct().Count());
        FunctionalCode[] codes = [.. disclosure.Tables.SelectMany(t => t.Rows).Select(r => r.Functional).OfType<FunctionalCode>()];
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal(205, c.ClassDigits));
        VerdictCounts counts = new DisclosureValidator().Validate(disclosure).Summary.Counts;
        Assert.Equal((0, 0), (counts.Error, counts.Mismatch));
    }

    [Fact]
    public void Every_listed_functional_class_can_be_built_and_validates_clean()
    {
        IReadOnlyList<string> classes = SyntheticDisclosureGenerator.FunctionalClasses(2026);
        Assert.True(classes.Count >= 20, $"only {classes.Count} classes");
        Assert.All(classes, c =>
        {
            BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { FunctionalClass = c }).Generate(11);
            Assert.Equal(0, new DisclosureValidator().Validate(disclosure).Summary.Counts.Error);
        });
    }

    [Fact]
    public void A_class_without_items_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions { FunctionalClass = "298" }));

    [Fact]
    public void An_injected_error_says_which_cell_changed_and_by_how_much()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator().Generate();
        InjectedError injected = SyntheticDisclosureGenerator.InjectError(disclosure, 11, 0.05m);
        string[] parts = injected.JsonPointer.Split('/');
        TableRow row = injected.Disclosure.Tables[int.Parse(parts[2])].Rows[int.Parse(parts[4])];
        Assert.Equal((injected.Original + 0.05m, injected.Changed), (row[parts[6]].Value, row[parts[6]].Value));
    }

    [Fact]
    public void An_injected_error_changes_nothing_else()
    {
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator().Generate();
        InjectedError injected = SyntheticDisclosureGenerator.InjectError(disclosure, 5, 1.00m);
        InjectedError undone = SyntheticDisclosureGenerator.InjectError(injected.Disclosure, 5, -1.00m);
        Assert.Equal(disclosure, undone.Disclosure);
    }
}
