using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class AmountParsingTests
{
    [Theory]
    [InlineData("5,590.76", "5590.76")]
    [InlineData("1,089.04", "1089.04")]
    [InlineData("0.00", "0.00")]
    [InlineData("-363.57", "-363.57")]
    [InlineData("96,282,213.44", "96282213.44")]
    [InlineData("5590.76", "5590.76")]
    [InlineData("2.4", "2.4")]
    [InlineData("2", "2")]
    [InlineData("+12.50", "12.50")]
    [InlineData("0.5", "0.5")]
    public void Printed_amount_reads_as_its_exact_value(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Amount.Parse(text).Value);
    }

    [Theory]
    [InlineData("５，５９０．７６", "5590.76")]
    [InlineData("－363.57", "-363.57")]
    [InlineData("5，590．76", "5590.76")]
    [InlineData("１２３", "123")]
    [InlineData("＋1.00", "1.00")]
    [InlineData("−363.57", "-363.57")]
    [InlineData("–363.57", "-363.57")]
    [InlineData("- 363.57", "-363.57")]
    public void Full_width_digits_separators_and_signs_read_like_ascii(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Amount.Parse(text).Value);
    }

    [Theory]
    [InlineData(" 5,590.76 ")]
    [InlineData("\u30005,590.76\u3000")]
    [InlineData("\u00A05,590.76\u00A0")]
    [InlineData("\t5,590.76\r\n")]
    public void Surrounding_whitespace_is_ignored(string text)
    {
        Assert.Equal(5590.76m, Amount.Parse(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("–")]
    [InlineData("－")]
    [InlineData("——")]
    [InlineData("--")]
    [InlineData(" — ")]
    public void Blank_forms_read_as_blank_not_zero(string text)
    {
        Amount amount = Amount.Parse(text);
        Assert.True(amount.IsBlank);
        Assert.NotEqual(Amount.Of(0m), amount);
    }

    [Fact]
    public void Zero_printed_is_zero_not_blank()
    {
        Amount zero = Amount.Parse("0.00");
        Assert.True(zero.HasValue);
        Assert.Equal(2, zero.Scale);
    }

    [Theory]
    [InlineData("2.4", 1)]
    [InlineData("2.40", 2)]
    [InlineData("2", 0)]
    [InlineData("5,590.760", 3)]
    [InlineData("０．００", 2)]
    public void Parsing_keeps_the_printed_scale(string text, int scale)
    {
        Assert.Equal(scale, Amount.Parse(text).Scale);
    }

    [Fact]
    public void Negative_zero_reads_as_zero_and_prints_without_sign()
    {
        Amount amount = Amount.Parse("-0.00");
        Assert.Equal(Amount.Of(0.00m), amount);
        Assert.Equal("0.00", amount.ToString());
    }

    [Fact]
    public void Largest_decimal_reads_exactly()
    {
        Assert.Equal(decimal.MaxValue, Amount.Parse("79,228,162,514,264,337,593,543,950,335").Value);
    }

    [Fact]
    public void Twenty_eight_decimals_read_exactly()
    {
        Assert.Equal(new decimal(1, 0, 0, false, 28), Amount.Parse("0.0000000000000000000000000001").Value);
    }

    [Theory]
    [InlineData("12a.00", ParseErrorKind.UnexpectedCharacter, 2, "'a' at index 2 is not a digit")]
    [InlineData("abc", ParseErrorKind.UnexpectedCharacter, 0, "'a' at index 0")]
    [InlineData("1.2.3", ParseErrorKind.SecondDecimalPoint, 3, "second decimal point at index 3")]
    [InlineData("1,23.4", ParseErrorKind.MisplacedGroupSeparator, 1, "thousands separator at index 1 is followed by 2 digits instead of three")]
    [InlineData("1,2345", ParseErrorKind.MisplacedGroupSeparator, 1, "followed by 4 digits instead of three")]
    [InlineData("1234,567", ParseErrorKind.MisplacedGroupSeparator, 4, "follows 4 digits instead of one to three")]
    [InlineData(",123", ParseErrorKind.MisplacedGroupSeparator, 0, "does not follow a digit")]
    [InlineData("1,,234", ParseErrorKind.MisplacedGroupSeparator, 2, "does not follow a digit")]
    [InlineData("1.234,5", ParseErrorKind.MisplacedGroupSeparator, 5, "comes after the decimal point")]
    [InlineData("1,234,", ParseErrorKind.MisplacedGroupSeparator, 5, "followed by 0 digits instead of three")]
    [InlineData("5.", ParseErrorKind.MisplacedDecimalPoint, 1, "no digit after it")]
    [InlineData(".5", ParseErrorKind.MisplacedDecimalPoint, 0, "no digit before it")]
    [InlineData("363.57-", ParseErrorKind.MisplacedSign, 6, "sign '-' at index 6")]
    [InlineData("1-2", ParseErrorKind.MisplacedSign, 1, "is not before the first digit")]
    [InlineData("+", ParseErrorKind.NoDigits, 1, "no digits")]
    [InlineData("5 590.76", ParseErrorKind.UnexpectedCharacter, 1, "' ' at index 1")]
    [InlineData("—5", ParseErrorKind.UnexpectedCharacter, 0, "'—' at index 0")]
    [InlineData("———", ParseErrorKind.UnexpectedCharacter, 0, "'—' at index 0")]
    [InlineData("792,281,625,142,643,375,935,439,503,350", ParseErrorKind.TooManyDigits, 38, "too long for an exact decimal")]
    [InlineData("0.00000000000000000000000000001", ParseErrorKind.TooManyDecimalPlaces, 30, "beyond the 28 decimal places")]
    public void Bad_text_fails_with_kind_position_and_reason(string text, ParseErrorKind kind, int position, string reason)
    {
        ParseResult<Amount> result = Amount.TryParseDetailed(text);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.Equal(position, result.Failure.Position);
        Assert.Equal(text, result.Failure.Text);
        Assert.StartsWith($"'{text}' is not an amount: ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_format_exception_naming_the_text_and_why()
    {
        FormatException e = Assert.Throws<FormatException>(() => Amount.Parse("1,23.4"));
        Assert.Equal("'1,23.4' is not an amount: the thousands separator at index 1 is followed by 2 digits instead of three.", e.Message);
    }

    [Fact]
    public void Parse_of_span_throws_the_same_message()
    {
        FormatException e = Assert.Throws<FormatException>(() => Amount.Parse("5.5.5".AsSpan()));
        Assert.Contains("second decimal point at index 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_null_throws_argument_null()
    {
        Assert.Throws<ArgumentNullException>(() => Amount.Parse((string)null!));
    }

    [Fact]
    public void TryParse_of_bad_text_is_false_and_blank()
    {
        Assert.False(Amount.TryParse("1,23.4", out Amount amount));
        Assert.True(amount.IsBlank);
    }

    [Fact]
    public void TryParse_of_null_is_false()
    {
        Assert.False(Amount.TryParse((string?)null, out _));
    }

    [Fact]
    public void TryParse_with_reason_says_why()
    {
        Assert.False(Amount.TryParse("12万", out _, out string? reason));
        Assert.Equal("'12万' is not an amount: '万' at index 2 is not a digit, a thousands separator or a decimal point.", reason);
    }

    [Fact]
    public void TryParse_with_reason_succeeds_with_no_reason()
    {
        Assert.True(Amount.TryParse("1,089.04", out Amount amount, out string? reason));
        Assert.Null(reason);
        Assert.Equal(1089.04m, amount.Value);
    }

    [Fact]
    public void Detailed_parse_of_good_text_succeeds_with_the_value()
    {
        ParseResult<Amount> result = Amount.TryParseDetailed("96,282,213.44");
        Assert.True(result.Success);
        Assert.Null(result.Failure);
        Assert.Equal(96282213.44m, result.Value.Value);
    }

    [Fact]
    public void Failed_result_throws_its_failure_when_the_value_is_asked_for()
    {
        ParseResult<Amount> result = Amount.TryParseDetailed("x");
        Assert.False(result.TryGetValue(out _));
        FormatException e = Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.Equal(result.Failure!.Message, e.Message);
    }

    [Fact]
    public void Generic_parsing_through_ISpanParsable_works()
    {
        Assert.Equal(Amount.Of(5590.76m), ParseGeneric<Amount>("5,590.76"));
    }

    [Fact]
    public void Parsing_does_not_allocate_on_success()
    {
        string text = "96,282,213.44";
        string fullWidth = "５，５９０．７６";
        _ = Amount.Parse(text);
        _ = Amount.TryParse(fullWidth, out _);
        _ = Amount.TryParseDetailed(text);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _ = Amount.Parse(text);
            _ = Amount.TryParse(fullWidth, out _);
            _ = Amount.TryParseDetailed(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Failing_plain_try_parse_does_not_allocate()
    {
        _ = Amount.TryParse("1,23.4", out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _ = Amount.TryParse("1,23.4", out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static T ParseGeneric<T>(string s)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);
}
