using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class PresentationUnitsTests
{
    [Theory]
    [InlineData(PresentationUnit.Yuan, "1")]
    [InlineData(PresentationUnit.TenThousandYuan, "10000")]
    [InlineData(PresentationUnit.HundredMillionYuan, "100000000")]
    public void Factor_is_the_number_of_yuan_in_the_unit(PresentationUnit unit, string factor)
    {
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), PresentationUnits.Factor(unit));
    }

    [Theory]
    [InlineData(PresentationUnit.Yuan, "元")]
    [InlineData(PresentationUnit.TenThousandYuan, "万元")]
    [InlineData(PresentationUnit.HundredMillionYuan, "亿元")]
    public void Symbol_reads_back_as_its_unit(PresentationUnit unit, string symbol)
    {
        Assert.Equal(symbol, PresentationUnits.Symbol(unit));
        Assert.True(PresentationUnits.TryParseSymbol(symbol, out PresentationUnit read));
        Assert.Equal(unit, read);
    }

    [Fact]
    public void Symbol_with_spaces_reads()
    {
        Assert.True(PresentationUnits.TryParseSymbol(" 万元\u3000", out PresentationUnit unit));
        Assert.Equal(PresentationUnit.TenThousandYuan, unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("万")]
    [InlineData("千元")]
    [InlineData("美元")]
    [InlineData("元元")]
    [InlineData("yuan")]
    public void Other_text_is_not_a_symbol(string text)
    {
        Assert.False(PresentationUnits.TryParseSymbol(text, out _));
    }

    [Fact]
    public void Undefined_unit_has_no_factor()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PresentationUnits.Factor((PresentationUnit)3));
    }
}
