using System.Text.Json;
using OpenBudget.Cli;

namespace OpenBudget.Cli.Tests;

public class CodeCommandTests
{
    [Fact]
    public void Known_code_prints_its_name_english_label_level_and_ancestors()
    {
        (int exit, string stdout, string stderr) = Run("code", "2060404");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(
            """
            Code:      2060404 (206 04 04)
            Name:      科技成果转化与扩散
            English:   Transfer and diffusion of scientific and technological achievements
            Level:     项 (item)
            Catalogue: 2026 支出功能分类科目, functional classification
            Ancestors: 206      科学技术支出 (Science and technology expenditure)
                       20604    技术与开发 (Technology and development)

            """.ReplaceLineEndings(),
            stdout);
    }

    [Theory]
    [InlineData("206 04 04")]
    [InlineData("206|04|04")]
    [InlineData("２０６０４０４")]
    public void Printed_forms_of_a_code_give_the_same_answer(string code)
    {
        Assert.Equal(Run("code", "2060404"), Run("code", code));
    }

    [Fact]
    public void Class_has_no_ancestors()
    {
        (int exit, string stdout, _) = Run("code", "206");
        Assert.Equal((0, true, true), (exit, stdout.Contains("Level:     类 (class)", StringComparison.Ordinal), stdout.Contains("Ancestors: none", StringComparison.Ordinal)));
    }

    [Fact]
    public void Known_code_as_json_is_camel_case_with_chinese_written_as_is()
    {
        (int exit, string stdout, _) = Run("code", "2060404", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(
            (0, "2060404", true, 2026, "functional", "item", "项", "科技成果转化与扩散", "Transfer and diffusion of scientific and technological achievements"),
            (exit, root.GetProperty("code").GetString(), root.GetProperty("found").GetBoolean(), root.GetProperty("year").GetInt32(), root.GetProperty("scheme").GetString(),
                root.GetProperty("level").GetString(), root.GetProperty("levelName").GetString(), root.GetProperty("name").GetString(), root.GetProperty("nameEn").GetString()));
        Assert.Contains("\"name\": \"科技成果转化与扩散\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ancestors_are_the_class_then_the_section()
    {
        (_, string stdout, _) = Run("code", "2060404", "-f", "json");
        using JsonDocument json = JsonDocument.Parse(stdout);
        string[] ancestors = [.. json.RootElement.GetProperty("ancestors").EnumerateArray().Select(a => $"{a.GetProperty("code").GetString()} {a.GetProperty("name").GetString()} {a.GetProperty("level").GetString()}")];
        Assert.Equal(["206 科学技术支出 class", "20604 技术与开发 section"], ancestors);
    }

    [Fact]
    public void Json_of_a_known_code_leaves_out_message_and_nearest()
    {
        (_, string stdout, _) = Run("code", "2060404", "-f", "json");
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal((false, false), (json.RootElement.TryGetProperty("message", out _), json.RootElement.TryGetProperty("nearest", out _)));
    }

    [Theory]
    [InlineData("30231", "economic", "公务用车运行维护费")]
    [InlineData("302 31", "economic", "公务用车运行维护费")]
    [InlineData("50101", "economic-government", "工资奖金津补贴")]
    [InlineData("2150207", "functional", "通信设备、计算机及其他电子设备制造业")]
    public void Scheme_follows_from_the_first_digit(string code, string scheme, string name)
    {
        (int exit, string stdout, _) = Run("code", code, "--format", "json");
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal((0, scheme, name), (exit, json.RootElement.GetProperty("scheme").GetString(), json.RootElement.GetProperty("name").GetString()));
    }

    [Fact]
    public void Economic_code_text_names_its_class_and_catalogue()
    {
        (int exit, string stdout, _) = Run("code", "30231");
        Assert.Equal(
            (0, true, true),
            (exit, stdout.Contains("Ancestors: 302      商品和服务支出 (Goods and services)", StringComparison.Ordinal), stdout.Contains("部门预算支出经济分类科目", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unknown_code_exits_1_saying_so_with_the_nearest_codes_and_names()
    {
        (int exit, string stdout, string stderr) = Run("code", "2060498");
        Assert.Equal((1, ""), (exit, stderr));
        Assert.StartsWith("2060498 is not in the 2026 catalogue", stdout, StringComparison.Ordinal);
        Assert.Contains("2060499  其他技术与开发支出 (Other technology and development expenditure)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_code_in_an_unknown_class_still_offers_nearest_codes()
    {
        (int exit, string stdout, _) = Run("code", "2350101");
        Assert.Equal((1, true), (exit, stdout.Contains($"Nearest codes:{Environment.NewLine}  234", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unknown_code_as_json_is_not_found_with_message_and_nearest()
    {
        (int exit, string stdout, _) = Run("code", "2060498", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(
            (1, false, "2060498 is not in the 2026 catalogue", true),
            (exit, root.GetProperty("found").GetBoolean(), root.GetProperty("message").GetString(), root.GetProperty("nearest").GetArrayLength() > 0));
    }

    [Theory]
    [InlineData("20604041", "'20604041' is not a functional code: it has more than 7 digits.")]
    [InlineData("2060", "'2060' is not a functional code: it has 4 digits; a functional code has 3, 5 or 7 digits.")]
    [InlineData("20a0404", "'20a0404' is not a functional code: 'a' at position 3 is neither a digit nor a separator.")]
    [InlineData("2060004", "'2060004' is not a functional code: level 2 is 00, which no catalogue uses.")]
    [InlineData("302311", "'302311' is not an economic code: it has more than 5 digits.")]
    [InlineData("abc", "'abc' is not a functional code: 'a' at position 1 is neither a digit nor a separator.")]
    public void Malformed_code_exits_2_with_the_reason_on_stderr(string code, string reason)
    {
        (int exit, string stdout, string stderr) = Run("code", code);
        Assert.Equal((2, "", reason + Environment.NewLine), (exit, stdout, stderr));
    }

    [Fact]
    public void Code_of_no_scheme_exits_2_asking_for_the_scheme()
    {
        (int exit, _, string stderr) = Run("code", "4010101");
        Assert.Equal((2, true), (exit, stderr.Contains("Give --scheme", StringComparison.Ordinal)));
    }

    [Fact]
    public void Given_scheme_is_used_instead_of_the_first_digit()
    {
        (int exit, _, string stderr) = Run("code", "2060404", "--scheme", "economic");
        Assert.Equal((2, "'2060404' is not an economic code: it has more than 5 digits." + Environment.NewLine), (exit, stderr));
    }

    [Fact]
    public void Unknown_year_exits_2_naming_the_available_years()
    {
        (int exit, string stdout, string stderr) = Run("code", "2060404", "--year", "1999");
        Assert.Equal((2, "", "There is no classification catalogue for 1999; available years: 2026." + Environment.NewLine), (exit, stdout, stderr));
    }

    [Fact]
    public void Unknown_format_exits_2_with_usage_hint()
    {
        (int exit, _, string stderr) = Run("code", "2060404", "--format", "xml");
        Assert.Equal((2, true), (exit, stderr.Contains("Run 'openbudget code --help' for usage.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_code_exits_2()
    {
        Assert.Equal(2, Run("code").Exit);
    }

    [Fact]
    public void Help_exits_0_and_shows_the_example()
    {
        (int exit, string stdout, _) = Run("code", "--help");
        Assert.Equal((0, true, true), (exit, stdout.Contains("Example: openbudget code 2060404", StringComparison.Ordinal), stdout.Contains("openbudget code <code> [options]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Root_help_lists_the_code_command()
    {
        (int exit, string stdout, _) = Run("--help");
        Assert.Equal((0, true), (exit, stdout.Contains("code <code>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        string stdout = Run("--help").Stdout;
        Assert.All(["code <code>", "import <path>", "validate <path>", "show <file>", "generate", "export <path>"], command => Assert.Contains(command, stdout, StringComparison.Ordinal));
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = OpenBudgetCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
