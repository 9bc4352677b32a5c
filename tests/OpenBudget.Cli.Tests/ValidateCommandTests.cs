using System.Text.Json;
using OpenBudget.Cli;
using OpenBudget.Json;
using OpenBudget.Synthetic;

namespace OpenBudget.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("openbudget-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_disclosure_without_errors_exits_0()
        => Assert.Equal(0, Run("validate", Sample).Exit);

    [Fact]
    public void A_disclosure_with_an_error_exits_1()
    {
        string file = Write("broken.json", OpenBudgetJson.Serialize(SyntheticDisclosureGenerator.InjectError(new SyntheticDisclosureGenerator().Generate(), 1, 25.00m).Disclosure));
        Assert.Equal(1, Run("validate", file).Exit);
    }

    [Fact]
    public void Strict_mode_turns_the_samples_rounding_into_errors_and_exits_1()
        => Assert.Equal(1, Run("validate", Sample, "--strict").Exit);

    [Fact]
    public void A_published_pdf_is_validated_with_the_page_of_every_finding()
    {
        string pdf = Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", "putuo-commerce-2025-department.pdf");
        (int exit, string stdout, _) = Run("validate", pdf, "--format", "json");
        Assert.Equal(0, exit);
        using JsonDocument report = JsonDocument.Parse(stdout);
        JsonElement[] findings = [.. report.RootElement.GetProperty("findings").EnumerateArray()];
        Assert.NotEmpty(findings);

        // 收入预算 and 支出预算 are stated on page 7 of the Commerce budget, 一般公共预算当年拨款 by item on pages 7 and 8 (卫生健康支出).
        Assert.All(findings, f => Assert.InRange(f.GetProperty("location").GetProperty("page").GetInt32(), 7, 8));
        Assert.Equal(8, findings.Last().GetProperty("location").GetProperty("page").GetInt32());
        Assert.Equal(7, findings.First(f => f.GetProperty("ruleId").GetString() == "OB1401").GetProperty("location").GetProperty("page").GetInt32());

        (_, string text, _) = Run("validate", pdf);
        Assert.Contains("OB1401 (p. 7)  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_and_says_so()
    {
        (int exit, string stdout, string stderr) = Run("validate", Path.Combine(_folder, "absent.json"));
        Assert.Equal((2, "", true), (exit, stdout, stderr.Contains("does not exist", StringComparison.Ordinal)));
    }

    [Fact]
    public void Malformed_json_exits_2_with_the_line_and_position()
    {
        string file = Write("bad.json", "{\n  \"department\": \"测试局\",\n  \"fiscalYear\": \"2026\"\n}");
        (int exit, _, string stderr) = Run("validate", file);
        Assert.Equal(2, exit);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("fiscalYear", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_the_report_in_the_published_schema()
    {
        (int exit, string stdout, _) = Run("validate", Sample, "--format", "json");
        using JsonDocument report = JsonDocument.Parse(stdout);
        JsonElement summary = report.RootElement.GetProperty("summary");
        Assert.Equal(
            (0, "https://openbudget.example.org/schemas/validation-report.v1.schema.json", true, 37),
            (exit, report.RootElement.GetProperty("schema").GetString(), summary.GetProperty("valid").GetBoolean(), report.RootElement.GetProperty("findings").GetArrayLength()));
    }

    [Fact]
    public void Text_output_starts_with_the_summary()
    {
        string[] lines = Run("validate", Sample).Stdout.Split('\n');
        Assert.Equal("乌鲁木齐市科学技术局 2026: valid, no error.", lines[0].TrimEnd('\r'));
        Assert.StartsWith("37 findings: 0 errors, 7 name or code mismatches, 30 rounding differences;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_lists_errors_before_rounding_grouped_by_table()
    {
        string file = Write("broken.json", OpenBudgetJson.Serialize(SyntheticDisclosureGenerator.InjectError(new SyntheticDisclosureGenerator().Generate(), 2, 25.00m).Disclosure));
        string stdout = Run("validate", file).Stdout;
        int errors = stdout.IndexOf("Errors: differences rounding does not explain", StringComparison.Ordinal);
        int rounding = stdout.IndexOf("Rounding: differences within", StringComparison.Ordinal);
        Assert.True(errors >= 0 && rounding > errors, stdout);
        Assert.Matches(@"\n  表\d+ ", stdout[errors..rounding]);
    }

    [Fact]
    public void The_text_form_is_imported_then_validated_as_the_json_is()
    {
        string text = Path.Combine(AppContext.BaseDirectory, "fixtures", "seed", "000_204d2c3849ee2a77.txt");
        (int exit, string stdout, _) = Run("validate", text);
        string[] fromJson = Run("validate", Sample).Stdout.Split('\n');
        string[] fromText = stdout.Split('\n');
        Assert.Equal((0, fromJson[0], fromJson[1]), (exit, fromText[0], fromText[1]));
    }

    [Fact]
    public void A_text_cut_inside_a_table_exits_1_with_the_import_error_on_standard_error()
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed", "000_204d2c3849ee2a77.txt"));
        int cut = Array.FindIndex(lines, Array.IndexOf(lines, "部门支出总体情况表"), l => l.StartsWith("206\t05\t01\t机构运行\t", StringComparison.Ordinal));
        string file = Write("truncated.txt", string.Join('\n', lines.Take(cut + 1)));
        (int exit, _, string stderr) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Contains($"truncated.txt: line {cut + 1}: error truncated-table:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_exits_2()
    {
        string path = Path.Combine(_folder, "image.txt");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        (int exit, string stdout, string stderr) = Run("validate", path);
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("binary-input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_the_json_text_and_folder_examples()
    {
        string stdout = Run("validate", "--help").Stdout;
        Assert.Contains("openbudget validate tests/fixtures/sample/urumqi-science-2026.json", stdout, StringComparison.Ordinal);
        Assert.Contains("openbudget validate tests/fixtures/seed/000_204d2c3849ee2a77.txt", stdout, StringComparison.Ordinal);
        Assert.Contains("openbudget validate corpus --format json", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
        => Assert.Equal(2, Run("validate", Sample, "--format", "xml").Exit);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = OpenBudgetCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
