using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class FunctionalCodeTests
{
    [Theory]
    [InlineData("2060404")]
    [InlineData("206 04 04")]
    [InlineData("206|04|04")]
    [InlineData("206-04-04")]
    [InlineData("206.04.04")]
    [InlineData("２０６０４０４")]
    [InlineData("２０６　０４　０４")]
    [InlineData(" 2060404 ")]
    [InlineData("206  04  04")]
    public void Printed_forms_of_an_item_read_as_the_same_code(string text)
    {
        Assert.Equal(FunctionalCode.FromValue(2060404, 2), FunctionalCode.Parse(text));
    }

    [Fact]
    public void Columns_of_an_item_read_as_the_item()
    {
        Assert.Equal(FunctionalCode.Parse("2060404"), FunctionalCode.FromColumns("206", "04", "04"));
    }

    [Fact]
    public void Columns_with_blank_section_and_item_read_as_the_class()
    {
        Assert.Equal(FunctionalCode.Parse("206"), FunctionalCode.FromColumns("206", "", ""));
    }

    [Fact]
    public void Columns_with_blank_item_read_as_the_section()
    {
        Assert.Equal(FunctionalCode.Parse("20604"), FunctionalCode.FromColumns("206", "04", " "));
    }

    [Fact]
    public void Columns_with_full_width_digits_read_like_ascii()
    {
        Assert.Equal(FunctionalCode.Parse("2060404"), FunctionalCode.FromColumns("２０６", "０４", "０４"));
    }

    [Theory]
    [InlineData("206", FunctionalLevel.Class, 0)]
    [InlineData("20604", FunctionalLevel.Section, 1)]
    [InlineData("2060404", FunctionalLevel.Item, 2)]
    public void Number_of_digits_gives_the_level(string text, FunctionalLevel level, int depth)
    {
        FunctionalCode code = FunctionalCode.Parse(text);
        Assert.Equal((level, depth), (code.Level, code.Depth));
    }

    [Fact]
    public void Parent_chain_of_an_item_is_section_then_class_then_none()
    {
        FunctionalCode item = FunctionalCode.Parse("2060404");
        FunctionalCode? section = item.Parent;
        FunctionalCode? @class = section?.Parent;
        Assert.Equal(
            (FunctionalCode.Parse("20604"), FunctionalCode.Parse("206"), (FunctionalCode?)null),
            (section, @class, @class?.Parent));
    }

    [Theory]
    [InlineData("206")]
    [InlineData("20604")]
    [InlineData("2060404")]
    public void Class_of_any_level_is_the_three_digit_class(string text)
    {
        Assert.Equal(FunctionalCode.Parse("206"), FunctionalCode.Parse(text).Class);
    }

    [Fact]
    public void Digit_groups_of_an_item_are_class_section_and_item()
    {
        FunctionalCode code = FunctionalCode.Parse("2150207");
        Assert.Equal((215, (int?)2, (int?)7), (code.ClassDigits, code.SectionDigits, code.ItemDigits));
    }

    [Fact]
    public void Digit_groups_below_the_level_of_a_section_are_null()
    {
        FunctionalCode code = FunctionalCode.Parse("20604");
        Assert.Equal((206, (int?)4, (int?)null), (code.ClassDigits, code.SectionDigits, code.ItemDigits));
    }

    [Fact]
    public void Class_has_neither_section_nor_item_digits()
    {
        FunctionalCode code = FunctionalCode.Parse("206");
        Assert.Equal((206, (int?)null, (int?)null), (code.ClassDigits, code.SectionDigits, code.ItemDigits));
    }

    [Theory]
    [InlineData("2060404", null, "2060404")]
    [InlineData("2060404", "G", "2060404")]
    [InlineData("2060404", "S", "206 04 04")]
    [InlineData("2060404", "P", "206|04|04")]
    [InlineData("2060404", "-", "206-04-04")]
    [InlineData("20604", "S", "206 04")]
    [InlineData("20604", "P", "206|04")]
    [InlineData("206", "S", "206")]
    [InlineData("2150207", "S", "215 02 07")]
    public void Formats_write_the_digit_groups(string text, string? format, string expected)
    {
        Assert.Equal(expected, FunctionalCode.Parse(text).ToString(format, null));
    }

    [Fact]
    public void Unknown_format_is_rejected_with_the_formats_that_exist()
    {
        var ex = Assert.Throws<FormatException>(() => FunctionalCode.Parse("206").ToString("X", null));
        Assert.Contains("G (2060404)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_format_writes_the_same_text()
    {
        Span<byte> buffer = stackalloc byte[16];
        Assert.True(FunctionalCode.Parse("2060404").TryFormat(buffer, out int written, "S", null));
        Assert.Equal("206 04 04"u8.ToArray(), buffer[..written].ToArray());
    }

    [Fact]
    public void Format_into_a_short_buffer_reports_failure()
    {
        Span<char> buffer = stackalloc char[6];
        Assert.False(FunctionalCode.Parse("2060404").TryFormat(buffer, out int written, "G", null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Codes_sort_as_a_catalogue_lists_them_parents_first()
    {
        string[] expected = ["206", "20601", "2060101", "2060102", "20602", "2060208", "207"];
        FunctionalCode[] shuffled = [.. new[] { "20602", "207", "2060102", "206", "2060208", "20601", "2060101" }.Select(FunctionalCode.Parse)];
        Array.Sort(shuffled);
        Assert.Equal(expected, shuffled.Select(c => c.ToString()));
    }

    [Fact]
    public void Comparison_operators_follow_the_catalogue_order()
    {
        FunctionalCode @class = FunctionalCode.Parse("206");
        FunctionalCode section = FunctionalCode.Parse("20601");
        FunctionalCode item = FunctionalCode.Parse("2060101");
        FunctionalCode next = FunctionalCode.Parse("20602");
        Assert.True(@class < section && section < item && item < next && next > item && next >= item && item <= next);
    }

    [Theory]
    [InlineData("2060404", "206", true)]
    [InlineData("2060404", "20604", true)]
    [InlineData("2060404", "2060404", true)]
    [InlineData("2060404", "20605", false)]
    [InlineData("20604", "2060404", false)]
    [InlineData("2150207", "206", false)]
    public void IsWithin_holds_for_the_code_and_its_ancestors_only(string code, string other, bool expected)
    {
        Assert.Equal(expected, FunctionalCode.Parse(code).IsWithin(FunctionalCode.Parse(other)));
    }

    [Theory]
    [InlineData(0, "206")]
    [InlineData(1, "20604")]
    [InlineData(2, "2060404")]
    public void AtDepth_gives_the_ancestor_at_that_depth(int depth, string expected)
    {
        Assert.Equal(FunctionalCode.Parse(expected), FunctionalCode.Parse("2060404").AtDepth(depth));
    }

    [Fact]
    public void AtDepth_below_the_code_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunctionalCode.Parse("20604").AtDepth(2));
    }

    [Fact]
    public void Equal_codes_have_equal_hash_codes()
    {
        Assert.Equal(FunctionalCode.Parse("206 04 04").GetHashCode(), FunctionalCode.Parse("2060404").GetHashCode());
    }


    [Theory]
    [InlineData("20604041", "20604041", "more than 7 digits")]
    [InlineData("2060", "2060", "4 digits")]
    [InlineData("20a0404", "20a0404", "'a' at position 3")]
    [InlineData("206 4 04", "206 4 04", "digit group 2 needs 2 digits, found 1")]
    [InlineData("20 604 04", "20 604 04", "the class (类) needs 3 digits, found 2")]
    [InlineData("000", "000", "cannot start with 0")]
    [InlineData("0600404", "0600404", "cannot start with 0")]
    [InlineData("2060004", "2060004", "level 2 is 00")]
    [InlineData("2060400", "2060400", "level 3 is 00")]
    [InlineData("|206", "|206", "starts with a separator")]
    public void Malformed_code_is_rejected_naming_the_text_and_the_reason(string text, string named, string reason)
    {
        Assert.False(FunctionalCode.TryParse(text, out _, out string? message));
        Assert.Contains($"'{named}'", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Empty_text_is_rejected_as_empty(string text)
    {
        Assert.False(FunctionalCode.TryParse(text, out _, out string? message));
        Assert.Equal("An empty text is not a functional code.", message);
    }

    [Fact]
    public void Parse_of_malformed_code_throws_format_exception_with_the_reason()
    {
        var ex = Assert.Throws<FormatException>(() => FunctionalCode.Parse("20604041"));
        Assert.Equal("'20604041' is not a functional code: it has more than 7 digits.", ex.Message);
    }

    [Fact]
    public void TryParse_of_null_is_false()
    {
        Assert.False(FunctionalCode.TryParse((string?)null, out _));
    }

    [Fact]
    public void Columns_with_an_item_but_no_section_are_rejected()
    {
        Assert.False(FunctionalCode.TryFromColumns("206", "", "04", out _, out string? message));
        Assert.Equal("'206||04' is not a functional code: an item (项) is printed without its section (款).", message);
    }

    [Fact]
    public void Columns_with_a_one_digit_section_are_rejected()
    {
        var ex = Assert.Throws<FormatException>(() => FunctionalCode.FromColumns("206", "4", "04"));
        Assert.Equal("'206|4|04' is not a functional code: digit group 2 needs 2 digits, found 1.", ex.Message);
    }

    [Fact]
    public void Columns_without_a_class_are_rejected()
    {
        Assert.False(FunctionalCode.TryFromColumns("", "04", "04", out _, out string? message));
        Assert.Equal("'|04|04' is not a functional code: the class (类) column is blank.", message);
    }

    [Fact]
    public void Columns_with_every_column_blank_are_rejected_as_empty()
    {
        Assert.False(FunctionalCode.TryFromColumns("", " ", "", out _, out string? message));
        Assert.Equal("An empty text is not a functional code.", message);
    }

    [Fact]
    public void FromValue_with_too_few_digits_names_the_digits_a_depth_needs()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunctionalCode.FromValue(20604, 2));
        Assert.StartsWith("20604 is not a functional code of depth 2, which has 7 digits.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2060404, 3)]
    [InlineData(206, 1)]
    [InlineData(20604, 2)]
    [InlineData(2060004, 2)]
    [InlineData(99, 0)]
    public void FromValue_with_digits_that_do_not_fit_the_depth_throws(int value, int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunctionalCode.FromValue(value, depth));
    }
}
