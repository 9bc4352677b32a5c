using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>Validating many disclosures at once gives, in order, the reports of validating each alone.</summary>
public class ValidateManyTests
{
    [Fact]
    public void Reports_come_back_in_order_and_equal_one_by_one_validation()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
        BudgetDisclosure sample = OpenBudgetJson.Deserialize(File.ReadAllText(path));
        var generator = new SyntheticDisclosureGenerator();
        var disclosures = new List<BudgetDisclosure> { sample };
        for (int seed = 1; seed <= 40; seed++)
        {
            disclosures.Add(seed % 2 == 0 ? generator.Generate(seed) : SyntheticDisclosureGenerator.InjectError(generator.Generate(seed), seed, 7.5m).Disclosure);
        }

        var validator = new DisclosureValidator();
        IReadOnlyList<ValidationReport> reports = validator.ValidateMany(disclosures);

        Assert.Equal(disclosures.Count, reports.Count);
        for (int i = 0; i < disclosures.Count; i++)
        {
            Assert.Equal(OpenBudgetJson.Serialize(validator.Validate(disclosures[i])), OpenBudgetJson.Serialize(reports[i]));
        }
    }

    [Fact]
    public void What_one_run_finds_out_about_a_disclosure_is_not_read_by_the_next()
    {
        // The same tables with each total row moved to the end: what a run keeps per table (its grids, project rows and total
        // rows) must be found again for the next disclosure, not read from the last.
        BudgetDisclosure sample = ImportFixtures.Reference;
        BudgetDisclosure moved = sample with
        {
            Tables = new([.. sample.Tables.Select(t => t.Rows.Count > 1 && t.Rows[0].Kind == RowKind.Total
                ? t with { Rows = new([.. t.Rows.Skip(1), t.Rows[0]]) }
                : t)]),
        };
        Assert.Contains(moved.Tables, t => t.Rows.Count > 1 && t.Rows[^1].Kind == RowKind.Total && !t.Rows[0].Equals(t.Rows[^1]));
        var validator = new DisclosureValidator();

        validator.Validate(moved);
        string afterItself = OpenBudgetJson.Serialize(validator.Validate(moved));
        validator.Validate(sample);
        string afterSample = OpenBudgetJson.Serialize(validator.Validate(moved));

        Assert.Equal(afterItself, afterSample);
    }

    [Fact]
    public void A_null_disclosure_is_refused_with_its_index()
    {
        var disclosures = new List<BudgetDisclosure> { new SyntheticDisclosureGenerator().Generate(1), null! };

        var error = Assert.Throws<ArgumentException>(() => new DisclosureValidator().ValidateMany(disclosures));

        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }
}
