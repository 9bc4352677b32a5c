using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Tests.Export;

namespace OpenBudget.Tests.Disclosures;

public class DisclosureIdsTests
{
    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    [Fact]
    public void Id_is_region_year_phase_and_twelve_hex_digits_of_the_department_hash()
    {
        string id = DisclosureIds.For(ExportSamples.Science());

        Assert.Equal($"650100-2026-budget-{HashOf("乌鲁木齐市科学技术局")}", id);
    }

    [Fact]
    public void Extraction_spacing_in_the_department_name_gives_the_same_id()
    {
        string spaced = DisclosureIds.For("650100", 2026, DisclosurePhase.Budget, " 乌鲁木齐市 科学技术局 ");

        Assert.Equal(DisclosureIds.For(ExportSamples.Science()), spaced);
    }

    [Fact]
    public void Unknown_region_is_written_na()
    {
        string id = DisclosureIds.For(ExportSamples.Science(regionCode: null));

        Assert.StartsWith("na-2026-budget-", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_accounts_are_written_final()
    {
        string id = DisclosureIds.For(ExportSamples.Science() with { Phase = DisclosurePhase.FinalAccounts });

        Assert.StartsWith("650100-2026-final-", id, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_department_is_refused_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => DisclosureIds.For("650100", 2026, DisclosurePhase.Budget, "  "));

        Assert.Contains("department", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_code_with_a_separator_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => DisclosureIds.For("65-01", 2026, DisclosurePhase.Budget, "某局"));

        Assert.Contains("65-01", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Different_departments_get_different_ids()
    {
        Gen<string> names = Gen.Elements("科学技术局", "教育局", "财政局", "卫生健康委员会", "民政局", "交通运输局").Two().Where(p => p.Item1 != p.Item2).Select(p => p.Item1 + "|" + p.Item2);
        return Prop.ForAll(names.ToArbitrary(), pair =>
        {
            string[] parts = pair.Split('|');
            return DisclosureIds.For("650100", 2026, DisclosurePhase.Budget, parts[0]) != DisclosureIds.For("650100", 2026, DisclosurePhase.Budget, parts[1]);
        });
    }

    [Property]
    public Property The_id_names_the_year_it_is_for(PositiveInt year)
    {
        int fiscalYear = 1 + (year.Get % 9999);
        return (DisclosureIds.For("650100", fiscalYear, DisclosurePhase.Budget, "某局").Split('-')[1] == fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToProperty();
    }
}
