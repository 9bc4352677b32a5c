using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class CurrencyTests
{
    [Fact]
    public void Yuan_has_code_CNY_and_two_minor_digits()
    {
        Assert.Equal("CNY", Currency.CNY.Code);
        Assert.Equal(2, Currency.CNY.MinorDigits);
        Assert.Equal("CNY", Currency.CNY.ToString());
    }

    [Theory]
    [InlineData("CNY", 2)]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("HKD", 2)]
    [InlineData("MOP", 2)]
    [InlineData("TWD", 2)]
    [InlineData("GBP", 2)]
    [InlineData("CHF", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    public void Listed_codes_give_their_currency(string code, int minorDigits)
    {
        Currency currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(minorDigits, currency.MinorDigits);
    }

    [Fact]
    public void FromCode_of_CNY_is_the_static_yuan()
    {
        Assert.Equal(Currency.CNY, Currency.FromCode("CNY"));
        Assert.True(Currency.FromCode("CNY") == Currency.CNY);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("cny")]
    [InlineData("CN")]
    [InlineData("")]
    public void Unlisted_codes_are_not_found(string code)
    {
        Assert.False(Currency.TryFromCode(code, out Currency currency));
        Assert.Equal(default, currency);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_currencies_are_made_with_the_constructor()
    {
        Currency currency = new("SGD", 2);
        Assert.Equal("SGD", currency.Code);
        Assert.NotEqual(Currency.CNY, currency);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("CNYY")]
    [InlineData("C1Y")]
    [InlineData("ＣＮＹ")]
    public void Constructor_rejects_codes_that_are_not_three_upper_case_letters(string code)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Currency(code, 2));
        Assert.Equal("code", e.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Constructor_rejects_minor_digits_outside_zero_to_four(int minorDigits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("CNY", minorDigits));
    }

    [Fact]
    public void Default_is_no_currency()
    {
        Assert.Equal("XXX", default(Currency).Code);
        Assert.NotEqual(Currency.CNY, default);
    }

    [Fact]
    public void Equal_currencies_have_equal_hashes()
    {
        Assert.Equal(Currency.CNY.GetHashCode(), new Currency("CNY", 2).GetHashCode());
    }
}
