using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Tests.Http;

public class ConditionalTests
{
    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    public void If_none_match_compares_tags_weakly(string header, bool matches)
    {
        Assert.Equal(matches, Conditional.Matches(header, "\"abc\""));
    }

    [Theory]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("", null)]
    public void Brotli_is_preferred_and_a_refused_coding_is_never_used(string header, string? expected)
    {
        Assert.Equal(expected, Conditional.PreferredEncoding(header));
    }

    [Property]
    public Property A_csv_field_quoted_reads_back_as_itself()
        => Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), field =>
        {
            string quoted = OpenBudget.Api.Representations.TableCsv.Quote(field.Get);
            string read = quoted.StartsWith('"') ? quoted[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : quoted;
            bool safe = quoted.StartsWith('"') || quoted.AsSpan().IndexOfAny(",\"\r\n") < 0;
            return read == field.Get && safe;
        });

    [Theory]
    [InlineData("$.tables[1].rows[3]['name']", "/tables/1/rows/3/name")]
    [InlineData("$.region.code", "/region/code")]
    [InlineData("$['a/b'].c~d", "/a~1b/c~0d")]
    [InlineData("$", "")]
    public void Json_paths_become_json_pointers(string path, string expected)
    {
        Assert.Equal(expected, JsonPaths.ToPointer(path));
    }
}
