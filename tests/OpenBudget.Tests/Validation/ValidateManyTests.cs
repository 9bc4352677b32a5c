using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
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
    public void A_null_disclosure_is_refused_with_its_index()
    {
        var disclosures = new List<BudgetDisclosure> { new SyntheticDisclosureGenerator().Generate(1), null! };

        var error = Assert.Throws<ArgumentException>(() => new DisclosureValidator().ValidateMany(disclosures));

        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }
}
