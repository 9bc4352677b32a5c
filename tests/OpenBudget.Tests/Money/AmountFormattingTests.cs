using System.Globalization;
using System.Text;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class AmountFormattingTests
{
    [Theory]
    [InlineData("5590.76", "5,590.76")]
    [InlineData("1089.04", "1,089.04")]
    [InlineData("0.00", "0.00")]
    [InlineData("-363.57", "-363.57")]
    [InlineData("96282213.44", "96,282,213.44")]
    [InlineData("2.4", "2.4")]
    [InlineData("2.40", "2.40")]
    [InlineData("2", "2")]
    [InlineData("999", "999")]
    [InlineData("1000", "1,000")]
    [InlineData("-1000000.5", "-1,000,000.5")]
    [InlineData("0.05", "0.05")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,335")]
    public void Default_format_groups_thousands_and_keeps_the_values_own_scale(string value, string expected)
    {
        Assert.Equal(expected, Amount.Of(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString());
    }

    [Theory]
    [InlineData("G", "5,590.76")]
    [InlineData("N", "5,590.76")]
    [InlineData("F", "5590.76")]
    [InlineData("R", "5590.76")]
    [InlineData("N2", "5,590.76")]
    [InlineData("N1", "5,590.8")]
    [InlineData("F3", "5590.760")]
    [InlineData("F0", "5591")]
    public void Named_formats_write_as_documented(string format, string expected)
    {
        Assert.Equal(expected, Amount.Of(5590.76m).ToString(format, null));
    }

    [Fact]
    public void Formatting_ignores_the_culture()
    {
        Assert.Equal("5,590.76", Amount.Of(5590.76m).ToString("N", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("N")]
    [InlineData("F")]
    [InlineData("N2")]
    public void Blank_writes_empty_text_in_every_format(string? format)
    {
        Assert.Equal("", Amount.Blank.ToString(format, null));
    }

    [Fact]
    public void TryFormat_writes_into_a_span()
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(Amount.Of(96282213.44m).TryFormat(buffer, out int written, default, null));
        Assert.Equal("96,282,213.44", buffer[..written].ToString());
    }

    [Fact]
    public void TryFormat_reports_a_short_destination()
    {
        Span<char> buffer = stackalloc char[5];
        Assert.False(Amount.Of(96282213.44m).TryFormat(buffer, out int written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Utf8_formatting_writes_the_same_text()
    {
        Span<byte> buffer = stackalloc byte[32];
        Assert.True(Amount.Of(-5590.76m).TryFormat(buffer, out int written, default, null));
        Assert.Equal("-5,590.76", Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void Interpolation_uses_the_amount_format()
    {
        Amount amount = 1089.04m;
        Assert.Equal("合计 1,089.04", string.Create(CultureInfo.InvariantCulture, $"合计 {amount}"));
    }

    [Fact]
    public void Formatting_into_a_span_does_not_allocate()
    {
        Amount amount = 96282213.44m;
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        amount.TryFormat(chars, out _, default, null);
        amount.TryFormat(bytes, out _, default, null);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            amount.TryFormat(chars, out _, default, null);
            amount.TryFormat(bytes, out _, "F", null);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
