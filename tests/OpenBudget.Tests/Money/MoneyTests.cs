using System.Globalization;
using System.Text;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

using Money = OpenBudget.Money.Money;

public class MoneyTests
{
    private static readonly Currency Usd = Currency.FromCode("USD");

    private static Money Yuan(decimal amount) => new(amount, Currency.CNY);

    [Fact]
    public void Amount_is_kept_exactly_as_given()
    {
        Money money = Yuan(2.345m);
        Assert.Equal(2.345m, money.Amount);
        Assert.Equal(3, money.Amount.Scale);
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(Yuan(0.3m), Yuan(0.1m) + Yuan(0.2m));
        Assert.Equal(Yuan(-0.1m), Yuan(0.1m) - Yuan(0.2m));
    }

    [Fact]
    public void Negation_flips_the_sign()
    {
        Assert.Equal(Yuan(-363.57m), -Yuan(363.57m));
        Assert.Equal(Yuan(363.57m), +Yuan(363.57m));
    }

    [Fact]
    public void Multiplication_by_a_number_works_from_both_sides_without_rounding()
    {
        Assert.Equal(Yuan(0.3333m), Yuan(3.333m) * 0.1m);
        Assert.Equal(Yuan(0.3333m), 0.1m * Yuan(3.333m));
    }

    [Fact]
    public void Division_keeps_decimal_precision_and_does_not_round_to_cents()
    {
        Money third = Yuan(1m) / 3m;
        Assert.Equal(0.3333333333333333333333333333m, third.Amount);
        Assert.Equal(Yuan(0.33m), third.RoundHalfAwayFromZero(2));
    }

    [Fact]
    public void Division_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Yuan(1m) / 0m);
    }

    [Fact]
    public void Named_operations_match_the_operators()
    {
        Assert.Equal(Yuan(1m) + Yuan(2m), Money.Add(Yuan(1m), Yuan(2m)));
        Assert.Equal(Yuan(1m) - Yuan(2m), Money.Subtract(Yuan(1m), Yuan(2m)));
        Assert.Equal(-Yuan(1m), Money.Negate(Yuan(1m)));
        Assert.Equal(Yuan(1m) * 3m, Money.Multiply(Yuan(1m), 3m));
        Assert.Equal(Yuan(1m) / 4m, Money.Divide(Yuan(1m), 4m));
    }

    [Fact]
    public void Adding_different_currencies_throws_naming_both_codes()
    {
        CurrencyMismatchException e = Assert.Throws<CurrencyMismatchException>(() => Yuan(1m) + new Money(1m, Usd));
        Assert.Contains("CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD", e.Message, StringComparison.Ordinal);
        Assert.Equal(Currency.CNY, e.Left);
        Assert.Equal(Usd, e.Right);
    }

    [Fact]
    public void Currency_mismatch_is_an_invalid_operation()
    {
        Assert.IsAssignableFrom<InvalidOperationException>(Assert.Throws<CurrencyMismatchException>(() => Yuan(1m) - new Money(1m, Usd)));
    }

    [Fact]
    public void Comparing_different_currencies_throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Yuan(1m) < new Money(2m, Usd));
        Assert.Throws<CurrencyMismatchException>(() => Yuan(1m).CompareTo(new Money(2m, Usd)));
    }

    [Fact]
    public void Different_currencies_are_not_equal()
    {
        Assert.NotEqual(Yuan(1m), new Money(1m, Usd));
        Assert.False(Yuan(1m) == new Money(1m, Usd));
    }

    [Fact]
    public void Equality_is_by_number_whatever_the_scale()
    {
        Assert.Equal(Yuan(2.4m), Yuan(2.40m));
        Assert.Equal(Yuan(2.4m).GetHashCode(), Yuan(2.40m).GetHashCode());
    }

    [Fact]
    public void Money_in_one_currency_is_ordered_by_amount()
    {
        Assert.True(Yuan(1m) < Yuan(2m));
        Assert.True(Yuan(2m) >= Yuan(2.00m));
        Assert.True(Yuan(-1m) <= Yuan(0m));
        Assert.True(Yuan(3m) > Yuan(2.99m));
    }

    [Fact]
    public void Zero_is_zero_in_its_currency()
    {
        Assert.Equal(new Money(0m, Usd), Money.Zero(Usd));
    }

    [Fact]
    public void Sum_adds_every_value()
    {
        Assert.Equal(Yuan(6675.00m), Money.Sum([Yuan(5534.05m), Yuan(1140.95m)]));
        Assert.Equal(Yuan(6675.00m), new[] { Yuan(5534.05m), Yuan(1140.95m) }.Sum());
    }

    [Fact]
    public void Sum_of_nothing_needs_a_currency()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Money.Sum([]));
        Assert.Contains("Money.Sum(values, currency)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_of_nothing_in_a_currency_is_zero()
    {
        Assert.Equal(Money.Zero(Currency.CNY), Money.Sum([], Currency.CNY));
        Assert.Equal(Money.Zero(Currency.CNY), Enumerable.Empty<Money>().Sum(Currency.CNY));
    }

    [Fact]
    public void Sum_of_mixed_currencies_throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Yuan(1m), new Money(1m, Usd)]));
        Assert.Throws<CurrencyMismatchException>(() => new[] { new Money(1m, Usd) }.Sum(Currency.CNY));
    }

    [Theory]
    [InlineData("0.125", "0.13")]
    [InlineData("-0.125", "-0.13")]
    [InlineData("0.135", "0.14")]
    [InlineData("2.5", "2.5")]
    [InlineData("0.124", "0.12")]
    public void Half_away_from_zero_is_four_down_five_up(string value, string expected)
    {
        Assert.Equal(D(expected), Yuan(D(value)).RoundHalfAwayFromZero(2).Amount);
    }

    [Theory]
    [InlineData("0.125", "0.12")]
    [InlineData("-0.125", "-0.12")]
    [InlineData("0.135", "0.14")]
    [InlineData("0.126", "0.13")]
    public void Half_to_even_is_bankers_rounding(string value, string expected)
    {
        Assert.Equal(D(expected), Yuan(D(value)).RoundHalfToEven(2).Amount);
    }

    [Fact]
    public void Round_uses_the_named_mode()
    {
        Assert.Equal(Yuan(0.13m), Yuan(0.125m).Round(2, MidpointRounding.AwayFromZero));
        Assert.Equal(Yuan(0.12m), Yuan(0.125m).Round(2, MidpointRounding.ToEven));
        Assert.Equal(Yuan(0.12m), Yuan(0.125m).Round(2, MidpointRounding.ToZero));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Round_rejects_decimals_outside_zero_to_28(int decimals)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Yuan(1m).Round(decimals, MidpointRounding.ToEven));
        Assert.Equal("decimals", e.ParamName);
    }

    [Fact]
    public void Ten_thousand_yuan_converts_to_yuan_exactly()
    {
        Assert.Equal(Yuan(55_907_600m), Money.FromPresentation(5590.76m, PresentationUnit.TenThousandYuan, Currency.CNY));
    }

    [Theory]
    [InlineData("1.2", PresentationUnit.HundredMillionYuan, "120000000")]
    [InlineData("96282213.44", PresentationUnit.Yuan, "96282213.44")]
    [InlineData("0.01", PresentationUnit.TenThousandYuan, "100")]
    [InlineData("-363.57", PresentationUnit.TenThousandYuan, "-3635700")]
    public void Presentation_units_convert_to_yuan_exactly(string value, PresentationUnit unit, string yuan)
    {
        Assert.Equal(D(yuan), Money.FromPresentation(D(value), unit, Currency.CNY).Amount);
    }

    [Fact]
    public void Yuan_convert_to_ten_thousand_yuan_exactly_without_rounding()
    {
        Assert.Equal(5590.76m, Yuan(55_907_600.00m).ToPresentation(PresentationUnit.TenThousandYuan));
        Assert.Equal(0.0000000001m, Yuan(0.01m).ToPresentation(PresentationUnit.HundredMillionYuan));
        Assert.Equal(5590.7612345m, Yuan(55_907_612.345m).ToPresentation(PresentationUnit.TenThousandYuan));
    }

    [Fact]
    public void Conversion_that_would_need_more_than_28_decimals_throws_instead_of_rounding()
    {
        Assert.Throws<ArithmeticException>(() => Yuan(new decimal(1, 0, 0, false, 28)).ToPresentation(PresentationUnit.TenThousandYuan));
    }

    [Fact]
    public void Presented_amount_converts_to_money()
    {
        Assert.Equal(Yuan(120_000_000m), Money.FromPresentation(PresentedAmount.Parse("1.2亿元"), Currency.CNY));
    }

    [Theory]
    [InlineData("55907600", PresentationUnit.TenThousandYuan, 2, "5,590.76")]
    [InlineData("55907650", PresentationUnit.TenThousandYuan, 2, "5,590.77")]
    [InlineData("55907650", PresentationUnit.TenThousandYuan, 1, "5,590.8")]
    [InlineData("120000000", PresentationUnit.HundredMillionYuan, 2, "1.20")]
    [InlineData("96282213.444", PresentationUnit.Yuan, 2, "96,282,213.44")]
    [InlineData("-1250", PresentationUnit.TenThousandYuan, 2, "-0.13")]
    public void Format_prints_what_a_table_in_the_unit_prints(string yuan, PresentationUnit unit, int decimals, string expected)
    {
        Assert.Equal(expected, Yuan(D(yuan)).Format(unit, decimals, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Format_rounds_with_the_named_mode()
    {
        Assert.Equal("0.12", Yuan(1250m).Format(PresentationUnit.TenThousandYuan, 2, MidpointRounding.ToEven));
    }

    [Fact]
    public void Presented_amount_has_exactly_the_decimals_asked_for()
    {
        PresentedAmount presented = Yuan(120_000_000m).ToPresentedAmount(PresentationUnit.HundredMillionYuan, 2, MidpointRounding.AwayFromZero);
        Assert.Equal("1.20亿元", presented.ToString());
        Assert.Equal(2, presented.Amount.Scale);
    }

    [Theory]
    [InlineData("55907600.00", "CNY 55,907,600.00")]
    [InlineData("5", "CNY 5.00")]
    [InlineData("2.4", "CNY 2.40")]
    [InlineData("2.345", "CNY 2.345")]
    [InlineData("-363.57", "CNY -363.57")]
    public void ToString_writes_code_and_amount_padded_to_minor_digits_without_rounding(string amount, string expected)
    {
        Assert.Equal(expected, Yuan(D(amount)).ToString());
    }

    [Fact]
    public void ToString_pads_to_the_currencys_own_minor_digits()
    {
        Assert.Equal("JPY 1,000", new Money(1000m, Currency.FromCode("JPY")).ToString());
    }

    [Fact]
    public void Formats_apply_to_the_amount()
    {
        Assert.Equal("CNY 55907600", Yuan(55_907_600m).ToString("F", null));
        Assert.Equal("CNY 55,907,600.000", Yuan(55_907_600m).ToString("N3", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Utf8_formatting_writes_the_same_text()
    {
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(Yuan(55_907_600m).TryFormat(buffer, out int written, default, null));
        Assert.Equal("CNY 55,907,600.00", Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void Span_formatting_reports_a_short_destination()
    {
        Span<char> buffer = stackalloc char[6];
        Assert.False(Yuan(55_907_600m).TryFormat(buffer, out _, default, null));
    }

    [Fact]
    public void Default_money_is_zero_in_no_currency_and_does_not_mix_with_yuan()
    {
        Assert.Equal("XXX 0", default(Money).ToString());
        Assert.Throws<CurrencyMismatchException>(() => default(Money) + Yuan(1m));
    }

    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
}
