using System.Text;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

using Money = OpenBudget.Money.Money;

public class PresentedAmountTests
{
    [Theory]
    [InlineData("5,590.76万元", "5590.76", PresentationUnit.TenThousandYuan)]
    [InlineData("96,282,213.44元", "96282213.44", PresentationUnit.Yuan)]
    [InlineData("1.2亿元", "1.2", PresentationUnit.HundredMillionYuan)]
    [InlineData("5,590.76 万元", "5590.76", PresentationUnit.TenThousandYuan)]
    [InlineData("\u3000－363.57\u3000万元\u3000", "-363.57", PresentationUnit.TenThousandYuan)]
    [InlineData("５，５９０．７６万元", "5590.76", PresentationUnit.TenThousandYuan)]
    [InlineData("2万元", "2", PresentationUnit.TenThousandYuan)]
    public void Amount_with_unit_reads_as_amount_and_unit(string text, string value, PresentationUnit unit)
    {
        (Amount amount, PresentationUnit readUnit) = PresentedAmount.Parse(text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(unit, readUnit);
    }

    [Fact]
    public void Amount_with_unit_keeps_the_printed_scale()
    {
        Assert.Equal(1, PresentedAmount.Parse("2.4万元").Amount.Scale);
    }

    [Theory]
    [InlineData("万元")]
    [InlineData("—万元")]
    public void Bare_symbol_reads_as_blank_amount_in_that_unit(string text)
    {
        PresentedAmount presented = PresentedAmount.Parse(text);
        Assert.True(presented.Amount.IsBlank);
        Assert.Equal(PresentationUnit.TenThousandYuan, presented.Unit);
    }

    [Theory]
    [InlineData("5,590.76", ParseErrorKind.MissingUnit, 8, "does not end with a unit (元, 万元 or 亿元)")]
    [InlineData("5,590.76 ", ParseErrorKind.MissingUnit, 8, "does not end with a unit")]
    [InlineData("", ParseErrorKind.MissingUnit, 0, "does not end with a unit")]
    [InlineData("5,590.76千元", ParseErrorKind.UnexpectedCharacter, 8, "'千' at index 8")]
    [InlineData("5,590.76美元", ParseErrorKind.UnexpectedCharacter, 8, "'美' at index 8")]
    [InlineData("1,23.4万元", ParseErrorKind.MisplacedGroupSeparator, 1, "followed by 2 digits instead of three")]
    public void Bad_text_with_unit_fails_with_kind_position_and_reason(string text, ParseErrorKind kind, int position, string reason)
    {
        ParseResult<PresentedAmount> result = PresentedAmount.TryParseDetailed(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.Equal(position, result.Failure.Position);
        Assert.StartsWith($"'{text}' is not an amount with a unit: ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_format_exception_naming_the_text()
    {
        FormatException e = Assert.Throws<FormatException>(() => PresentedAmount.Parse("12.5"));
        Assert.Equal("'12.5' is not an amount with a unit: it does not end with a unit (元, 万元 or 亿元).", e.Message);
    }

    [Fact]
    public void TryParse_of_bad_text_is_false()
    {
        Assert.False(PresentedAmount.TryParse("12.5", out _));
        Assert.False(PresentedAmount.TryParse((string?)null, out _));
    }

    [Theory]
    [InlineData("5590.76", PresentationUnit.TenThousandYuan, "5,590.76万元")]
    [InlineData("96282213.44", PresentationUnit.Yuan, "96,282,213.44元")]
    [InlineData("1.2", PresentationUnit.HundredMillionYuan, "1.2亿元")]
    public void Writes_the_amount_followed_by_the_unit_symbol(string value, PresentationUnit unit, string expected)
    {
        PresentedAmount presented = new(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit);
        Assert.Equal(expected, presented.ToString());
    }

    [Fact]
    public void Blank_writes_the_bare_symbol()
    {
        Assert.Equal("万元", new PresentedAmount(Amount.Blank, PresentationUnit.TenThousandYuan).ToString());
    }

    [Fact]
    public void Utf8_formatting_writes_the_same_text()
    {
        Span<byte> buffer = stackalloc byte[64];
        PresentedAmount presented = new(5590.76m, PresentationUnit.TenThousandYuan);
        Assert.True(presented.TryFormat(buffer, out int written, default, null));
        Assert.Equal("5,590.76万元", Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void Span_formatting_reports_a_short_destination()
    {
        Span<char> buffer = stackalloc char[8];
        PresentedAmount presented = new(5590.76m, PresentationUnit.TenThousandYuan);
        Assert.False(presented.TryFormat(buffer, out _, default, null));
    }

    [Fact]
    public void Equal_amounts_in_different_units_are_not_equal()
    {
        Assert.NotEqual(new PresentedAmount(2.4m, PresentationUnit.TenThousandYuan), new PresentedAmount(24000m, PresentationUnit.Yuan));
        Assert.Equal(new PresentedAmount(2.4m, PresentationUnit.TenThousandYuan), new PresentedAmount(2.40m, PresentationUnit.TenThousandYuan));
    }

    [Fact]
    public void Converts_to_money_in_yuan_exactly()
    {
        Assert.Equal(new Money(55_907_600m, Currency.CNY), PresentedAmount.Parse("5,590.76万元").ToMoney(Currency.CNY));
    }

    [Fact]
    public void Blank_amount_has_no_money()
    {
        Assert.Throws<InvalidOperationException>(() => PresentedAmount.Parse("万元").ToMoney(Currency.CNY));
    }

    [Fact]
    public void Undefined_unit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PresentedAmount(1m, (PresentationUnit)9));
    }
}
