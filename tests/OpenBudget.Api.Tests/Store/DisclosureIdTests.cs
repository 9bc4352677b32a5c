using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Tests.Store;

public class DisclosureIdTests
{
    [Fact]
    public void The_id_is_region_year_phase_and_twelve_hex_digits_of_the_department_hash()
    {
        string id = DisclosureId.Of("650100", 2026, DisclosurePhase.FinalAccounts, "乌鲁木齐市科学技术局").Value;
        Assert.Matches("^650100-2026-final-accounts-[0-9a-f]{12}$", id);
    }

    [Fact]
    public void Spacing_left_by_extraction_does_not_change_the_id()
    {
        Assert.Equal(
            DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, "乌鲁木齐市科学技术局"),
            DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, " 乌鲁木齐市 科学技术局 "));
    }

    [Fact]
    public void Different_departments_get_different_ids()
    {
        Assert.NotEqual(
            DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, "乌鲁木齐市科学技术局"),
            DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, "乌鲁木齐市财政局"));
    }

    [Theory]
    [InlineData("65010", "region")]
    [InlineData("65010a", "region")]
    public void A_region_that_is_not_six_digits_is_refused(string region, string parameter)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => DisclosureId.Of(region, 2026, DisclosurePhase.Budget, "局"));
        Assert.Equal($"{parameter}Code", error.ParamName);
    }

    [Theory]
    [InlineData("650100-2026-budget-4c68641fdf2c", true)]
    [InlineData("650100-2026-final-accounts-4c68641fdf2c", true)]
    [InlineData("650100-2026-budget-4C68641FDF2C", false)]
    [InlineData("650100-26-budget-4c68641fdf2c", false)]
    [InlineData("650100-2026-draft-4c68641fdf2c", false)]
    [InlineData("650100-2026-budget-4c68641fdf2", false)]
    [InlineData("650100-2026-budget", false)]
    public void Only_the_id_form_parses(string text, bool parses)
    {
        Assert.Equal(parses, DisclosureId.TryParse(text, out _));
    }

    private static Arbitrary<(string Region, int Year, DisclosurePhase Phase, string Department)> Keys()
        => (from region in Gen.Choose(100000, 999999)
            from year in Gen.Choose(1000, 9999)
            from phase in Gen.Elements(DisclosurePhase.Budget, DisclosurePhase.FinalAccounts)
            from department in ArbMap.Default.GeneratorFor<NonWhiteSpaceString>()
            select (region.ToString(System.Globalization.CultureInfo.InvariantCulture), year, phase, department.Get))
            .ToArbitrary();

    [Property]
    public Property Every_derived_id_is_url_safe_and_parses_back()
        => Prop.ForAll(Keys(), key =>
        {
            string id = DisclosureId.Of(key.Region, key.Year, key.Phase, key.Department).Value;
            return id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c == '-')
                && DisclosureId.TryParse(id, out DisclosureId parsed) && parsed.Value == id;
        });
}
