using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class FundingSourceCatalogueTests
{
    private static FundingSourceCatalogue Sources => ClassificationCatalogues.ForYear(2026).FundingSources;

    [Theory]
    [InlineData("单位资金", "unit-funds")]
    [InlineData("一般公共预算拨款", "general-public-budget")]
    [InlineData("政府性基金预算拨款", "government-fund-budget")]
    [InlineData("国有资本经营预算拨款", "state-capital-budget")]
    [InlineData("上年结转结余", "prior-year-carryover")]
    [InlineData("财政拨款结转", "fiscal-carryover")]
    [InlineData("其他收入", "other-revenue")]
    [InlineData(" 单位 资金 ", "unit-funds")]
    public void Printed_name_finds_the_source(string name, string key)
    {
        Assert.True(Sources.TryGetByName(name, out FundingSource? source));
        Assert.Equal(key, source.Key);
    }

    [Fact]
    public void Unknown_name_finds_nothing()
    {
        Assert.False(Sources.TryGetByName("彩票公益金", out _));
    }

    [Fact]
    public void Key_finds_the_source_with_its_english_label()
    {
        Assert.True(Sources.TryGet("unit-funds", out FundingSource? source));
        Assert.Equal(("单位资金", "Unit funds"), (source.Name, source.EnglishName));
    }

    [Fact]
    public void Children_of_unit_funds_are_its_kinds_of_revenue()
    {
        string[] names = [.. Sources.Children("unit-funds").Select(s => s.Name)];
        Assert.Equal(["事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"], names);
    }

    [Fact]
    public void Every_parent_key_names_a_source_of_the_list()
    {
        Assert.All(Sources.Sources.Where(s => s.ParentKey is not null), s => Assert.True(Sources.TryGet(s.ParentKey!, out _), s.Key));
    }

    [Fact]
    public void Funding_list_is_for_its_year()
    {
        Assert.Equal(2026, Sources.Year);
    }
}
