using System.Text.Json;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using static OpenBudget.Cli.Tests.BulkCli;

namespace OpenBudget.Cli.Tests;

public sealed class ValidateFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openbudget-validate-folder-").FullName;

    public ValidateFolderTests()
    {
        var generator = new SyntheticDisclosureGenerator();
        Write("a/good-1.json", OpenBudgetJson.Serialize(generator.Generate(1)));
        Write("a/good-2.json", OpenBudgetJson.Serialize(generator.Generate(2)));
        Write("b/broken.json", OpenBudgetJson.Serialize(SyntheticDisclosureGenerator.InjectError(generator.Generate(3), 4, 50.00m).Disclosure));
        Write("b/bad.json", "{\n  \"department\": \"测试局\",\n  \"fiscalYear\": \"2026\"\n}");
        Write("_manifest.json", "not a disclosure, skipped");
        Write(".hidden/x.json", "not a disclosure, skipped");
        Write("notes.txt", "not json, skipped");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_bad_file_is_listed_with_its_error_and_the_rest_are_validated()
    {
        (int exit, string stdout, _) = Run("validate", _folder, "--format", "json", "--quiet");
        using JsonDocument summary = JsonDocument.Parse(stdout);
        JsonElement root = summary.RootElement;
        Assert.Equal((2, 4, 3, 2, 1), (exit, root.GetProperty("files").GetInt32(), root.GetProperty("disclosures").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32()));
        JsonElement unreadable = root.GetProperty("unreadableFiles").EnumerateArray().Single();
        Assert.Equal("b/bad.json", unreadable.GetProperty("file").GetString());
        Assert.Contains("line 3", unreadable.GetProperty("error").GetString(), StringComparison.Ordinal);
        JsonElement invalid = root.GetProperty("invalidFiles").EnumerateArray().Single();
        Assert.Equal("b/broken.json", invalid.GetProperty("file").GetString());
        Assert.NotEqual(0, invalid.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void The_summary_adds_up_the_single_file_reports()
    {
        int[] findings = [.. new[] { "a/good-1.json", "a/good-2.json", "b/broken.json" }.Select(f =>
        {
            using JsonDocument report = JsonDocument.Parse(Run("validate", Path.Combine(_folder, f), "--format", "json").Stdout);
            return report.RootElement.GetProperty("findings").GetArrayLength();
        })];
        using JsonDocument summary = JsonDocument.Parse(Run("validate", _folder, "--format", "json", "-q").Stdout);
        JsonElement counts = summary.RootElement.GetProperty("findings");
        Assert.Equal(findings.Sum(), counts.GetProperty("total").GetInt32());
        Assert.Equal(counts.GetProperty("total").GetInt32(), counts.GetProperty("error").GetInt32() + counts.GetProperty("mismatch").GetInt32() + counts.GetProperty("rounding").GetInt32());
    }

    [Fact]
    public void Without_a_bad_file_an_error_exits_1_and_a_clean_folder_exits_0()
    {
        File.Delete(Path.Combine(_folder, "b", "bad.json"));
        Assert.Equal(1, Run("validate", _folder, "-q").Exit);
        File.Delete(Path.Combine(_folder, "b", "broken.json"));
        Assert.Equal(0, Run("validate", _folder, "-q").Exit);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_degree_of_parallelism()
        => Assert.Equal(Run("validate", _folder, "--format", "json", "-q", "--parallel", "1").Stdout, Run("validate", _folder, "--format", "json", "-q", "--parallel", "8").Stdout);

    [Fact]
    public void Text_output_gives_the_counts_then_the_files_with_errors_then_the_unreadable()
    {
        (_, string stdout, _) = Run("validate", _folder, "-q");
        string[] lines = stdout.Split('\n');
        Assert.Contains("4 files in", lines[0], StringComparison.Ordinal);
        Assert.Contains("3 disclosures read, 1 file unreadable; 2 valid, 1 with errors.", lines[0], StringComparison.Ordinal);
        int errors = stdout.IndexOf("Files with errors (1)\n  b/broken.json", StringComparison.Ordinal);
        int unreadable = stdout.IndexOf("Unreadable files (1)\n  b/bad.json", StringComparison.Ordinal);
        Assert.True(errors > 0 && unreadable > errors, stdout);
    }

    [Fact]
    public void Progress_goes_to_stderr_as_plain_lines_unless_quiet()
    {
        Assert.Matches(@"^validated 4 files in \d+\.\d s", Run("validate", _folder).Stderr);
        Assert.Equal("", Run("validate", _folder, "--quiet").Stderr);
    }

    [Fact]
    public void A_parallelism_below_one_is_a_usage_error()
        => Assert.Equal(2, Run("validate", _folder, "--parallel", "0").Exit);

    private void Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
