using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class EconomicCodeTests
{
    [Theory]
    [InlineData("30231")]
    [InlineData("302 31")]
    [InlineData("302|31")]
    [InlineData("302-31")]
    [InlineData("３０２３１")]
    [InlineData("３０２　３１")]
    [InlineData("\t30231\r\n")]
    public void Printed_forms_of_a_section_read_as_the_same_code(string text)
    {
        Assert.Equal(EconomicCode.FromValue(30231, 1), EconomicCode.Parse(text));
    }

    [Fact]
    public void Columns_of_a_section_read_as_the_section()
    {
        Assert.Equal(EconomicCode.Parse("30231"), EconomicCode.FromColumns("302", "31"));
    }

    [Fact]
    public void Columns_with_a_blank_section_read_as_the_class()
    {
        Assert.Equal(EconomicCode.Parse("302"), EconomicCode.FromColumns("302", ""));
    }

    [Theory]
    [InlineData("302", EconomicLevel.Class, 0)]
    [InlineData("30231", EconomicLevel.Section, 1)]
    [InlineData("50101", EconomicLevel.Section, 1)]
    public void Number_of_digits_gives_the_level(string text, EconomicLevel level, int depth)
    {
        EconomicCode code = EconomicCode.Parse(text);
        Assert.Equal((level, depth), (code.Level, code.Depth));
    }

    [Fact]
    public void Parent_chain_of_a_section_is_the_class_then_none()
    {
        EconomicCode? parent = EconomicCode.Parse("30231").Parent;
        Assert.Equal((EconomicCode.Parse("302"), (EconomicCode?)null), (parent, parent?.Parent));
    }

    [Fact]
    public void Class_of_a_section_is_its_three_digits()
    {
        Assert.Equal(EconomicCode.Parse("302"), EconomicCode.Parse("30231").Class);
    }

    [Fact]
    public void Digit_groups_of_a_section_are_class_and_section()
    {
        EconomicCode code = EconomicCode.Parse("30309");
        Assert.Equal((303, (int?)9), (code.ClassDigits, code.SectionDigits));
    }

    [Fact]
    public void Class_has_no_section_digits()
    {
        Assert.Null(EconomicCode.Parse("303").SectionDigits);
    }

    [Theory]
    [InlineData("30231", null, "30231")]
    [InlineData("30231", "G", "30231")]
    [InlineData("30231", "S", "302 31")]
    [InlineData("30231", "P", "302|31")]
    [InlineData("30231", "-", "302-31")]
    [InlineData("302", "P", "302")]
    public void Formats_write_the_digit_groups(string text, string? format, string expected)
    {
        Assert.Equal(expected, EconomicCode.Parse(text).ToString(format, null));
    }

    [Fact]
    public void Codes_sort_as_a_catalogue_lists_them_parents_first()
    {
        string[] expected = ["301", "30101", "30199", "302", "30201", "303"];
        EconomicCode[] shuffled = [.. new[] { "303", "30199", "302", "30101", "30201", "301" }.Select(EconomicCode.Parse)];
        Array.Sort(shuffled);
        Assert.Equal(expected, shuffled.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("30231", "302", true)]
    [InlineData("30231", "30231", true)]
    [InlineData("30231", "301", false)]
    [InlineData("302", "30231", false)]
    public void IsWithin_holds_for_the_code_and_its_class_only(string code, string other, bool expected)
    {
        Assert.Equal(expected, EconomicCode.Parse(code).IsWithin(EconomicCode.Parse(other)));
    }

    [Theory]
    [InlineData("302311", "302311", "more than 5 digits")]
    [InlineData("2060404", "2060404", "more than 5 digits")]
    [InlineData("3023", "3023", "4 digits")]
    [InlineData("30b31", "30b31", "'b' at position 3")]
    [InlineData("302 3", "302 3", "digit group 2 needs 2 digits, found 1")]
    [InlineData("000", "000", "cannot start with 0")]
    [InlineData("30200", "30200", "level 2 is 00")]
    public void Malformed_code_is_rejected_naming_the_text_and_the_reason(string text, string named, string reason)
    {
        Assert.False(EconomicCode.TryParse(text, out _, out string? message));
        Assert.Contains($"'{named}'", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_is_rejected_as_empty()
    {
        Assert.False(EconomicCode.TryParse("", out _, out string? message));
        Assert.Equal("An empty text is not an economic code.", message);
    }

    [Fact]
    public void Parse_of_malformed_code_throws_format_exception_with_the_reason()
    {
        var ex = Assert.Throws<FormatException>(() => EconomicCode.Parse("3023"));
        Assert.Equal("'3023' is not an economic code: it has 4 digits; an economic code has 3 or 5 digits.", ex.Message);
    }

    [Fact]
    public void Columns_without_a_class_are_rejected()
    {
        Assert.False(EconomicCode.TryFromColumns("", "31", out _, out string? message));
        Assert.Equal("'|31' is not an economic code: the class (类) column is blank.", message);
    }

    [Fact]
    public void Columns_with_a_one_digit_section_are_rejected_quoting_the_columns()
    {
        Assert.False(EconomicCode.TryFromColumns("302", "3", out _, out string? message));
        Assert.Equal("'302|3' is not an economic code: digit group 2 needs 2 digits, found 1.", message);
    }

    [Theory]
    [InlineData(30231, 2)]
    [InlineData(302, 1)]
    [InlineData(30200, 1)]
    public void FromValue_with_digits_that_do_not_fit_the_depth_throws(int value, int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EconomicCode.FromValue(value, depth));
    }
}
