using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Import;

namespace OpenBudget.Tests.Import;

public class DisplayWidthTests
{
    [Theory]
    [InlineData('科', 2)]
    [InlineData('，', 2)]
    [InlineData('（', 2)]
    [InlineData('５', 2)]
    [InlineData('a', 1)]
    [InlineData('1', 1)]
    [InlineData('“', 1)]
    [InlineData('\f', 0)]
    public void Character_width_follows_east_asian_width(char c, int width)
    {
        Assert.Equal(width, DisplayWidth.Of(c));
    }

    [Fact]
    public void Text_width_adds_character_widths()
    {
        Assert.Equal(12, DisplayWidth.Of("合计 5,590.7"));
    }

    [Fact]
    public void Padding_reaches_the_display_width_with_cjk_text()
    {
        Assert.Equal("科学  ", DisplayWidth.PadRight("科学", 6));
    }

    [Fact]
    public void Padding_left_right_aligns_amounts()
    {
        Assert.Equal("  1.00", DisplayWidth.PadLeft("1.00", 6));
    }

    [Property]
    public Property Width_of_a_concatenation_is_the_sum_of_widths() =>
        Prop.ForAll(Texts.ToArbitrary(), Texts.ToArbitrary(), (a, b) => DisplayWidth.Of(a + b) == DisplayWidth.Of(a) + DisplayWidth.Of(b));

    [Property]
    public Property Padded_text_is_at_least_as_wide_as_asked() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (text, width) =>
            DisplayWidth.Of(DisplayWidth.PadRight(text, width)) == Math.Max(width, DisplayWidth.Of(text))
            && DisplayWidth.Of(DisplayWidth.PadLeft(text, width)) == Math.Max(width, DisplayWidth.Of(text)));

    private static Gen<string> Texts { get; } =
        Gen.Elements('科', '学', 'a', '1', '，', ' ', '（', 'Z').ArrayOf().Select(chars => new string(chars));
}
