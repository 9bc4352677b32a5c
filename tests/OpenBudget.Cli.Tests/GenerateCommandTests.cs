using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using static OpenBudget.Cli.Tests.BulkCli;

namespace OpenBudget.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openbudget-generate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_other_files()
    {
        string a = Generate(_folder, "a", "--departments", "4", "--years", "2", "--seed", "9");
        string b = Generate(_folder, "b", "--departments", "4", "--years", "2", "--seed", "9");
        string c = Generate(_folder, "c", "--departments", "4", "--years", "2", "--seed", "10");
        Assert.Equal(Contents(a), Contents(b));
        Assert.Equal(9, Contents(a).Count);
        Assert.Equal(Contents(a).Keys.Count, Contents(c).Keys.Count);
        Assert.Empty(Contents(a).Values.Intersect(Contents(c).Values));
    }

    [Fact]
    public void A_corpus_has_one_file_per_department_and_year_named_by_disclosure_id()
    {
        string corpus = Generate(_folder, "corpus", "--departments", "3", "--years", "2", "--start-year", "2027");
        string[] files = [.. Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "_manifest.json")];
        Assert.Equal(6, files.Length);
        Assert.All(files, file =>
        {
            BudgetDisclosure disclosure = OpenBudgetJson.Deserialize(File.ReadAllText(file));
            Assert.Equal(Path.Combine(corpus, disclosure.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), DisclosureIds.For(disclosure) + ".json"), file);
        });
        Assert.Equal([2027, 2028], files.Select(f => OpenBudgetJson.Deserialize(File.ReadAllText(f)).FiscalYear).Distinct().Order());
    }

    [Fact]
    public void A_corpus_without_injection_validates_clean_across_every_functional_class()
    {
        IReadOnlyList<string> classes = SyntheticDisclosureGenerator.FunctionalClasses(2026);
        string corpus = Generate(_folder, "clean", "--departments", classes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "3");

        (int exit, string stdout, _) = Run("validate", corpus, "--format", "json", "--quiet");
        using JsonDocument summary = JsonDocument.Parse(stdout);
        JsonElement root = summary.RootElement;
        Assert.Equal((0, classes.Count, classes.Count, 0, 0, 0), (exit, root.GetProperty("disclosures").GetInt32(), root.GetProperty("valid").GetInt32(), root.GetProperty("invalid").GetInt32(),
            root.GetProperty("findings").GetProperty("error").GetInt32(), root.GetProperty("unreadableFiles").GetArrayLength()));

        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('_')))
        {
            foreach (TableRow row in OpenBudgetJson.Deserialize(File.ReadAllText(file)).Tables.SelectMany(t => t.Rows))
            {
                if (row.Functional is { } code)
                {
                    seen.Add(code.Class.ToString());
                }
            }
        }

        Assert.Equal(classes.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public void With_injection_the_validator_finds_exactly_the_manifests_errors()
    {
        string clean = Generate(_folder, "clean", "--departments", "12", "--years", "2", "--seed", "5");
        string broken = Generate(_folder, "broken", "--departments", "12", "--years", "2", "--seed", "5", "--inject-errors", "4");
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(broken, "_manifest.json")));
        JsonElement[] injected = [.. manifest.RootElement.GetProperty("injectedErrors").EnumerateArray()];
        Assert.Equal(4, injected.Length);

        (int exit, string stdout, _) = Run("validate", broken, "--format", "json", "--quiet");
        using JsonDocument summary = JsonDocument.Parse(stdout);
        Assert.Equal((1, 4, 20), (exit, summary.RootElement.GetProperty("invalid").GetInt32(), summary.RootElement.GetProperty("valid").GetInt32()));
        var found = summary.RootElement.GetProperty("invalidFiles").EnumerateArray()
            .SelectMany(f => f.GetProperty("errors").EnumerateArray().Select(e => (f.GetProperty("file").GetString(), e.GetProperty("ruleId").GetString(), e.GetProperty("pointer").GetString())))
            .ToHashSet();
        var expected = injected
            .SelectMany(i => i.GetProperty("expected").EnumerateArray().Select(e => (i.GetProperty("file").GetString(), e.GetProperty("ruleId").GetString(), e.GetProperty("pointer").GetString())))
            .ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);

        // The manifest's cell holds the changed amount, and every file without an injected error is the clean corpus's file, byte for byte.
        foreach (JsonElement entry in injected)
        {
            string file = entry.GetProperty("file").GetString()!;
            string[] pointer = entry.GetProperty("pointer").GetString()!.Split('/');
            BudgetDisclosure disclosure = OpenBudgetJson.Deserialize(File.ReadAllText(Path.Combine(broken, file)));
            TableRow row = disclosure.Tables[int.Parse(pointer[2], System.Globalization.CultureInfo.InvariantCulture)].Rows[int.Parse(pointer[4], System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(entry.GetProperty("changed").GetDecimal(), row[pointer[6]].ValueOrZero);
            Assert.NotEqual(entry.GetProperty("original").GetDecimal(), entry.GetProperty("changed").GetDecimal());
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(clean, file)), File.ReadAllBytes(Path.Combine(broken, file)));
        }

        HashSet<string> brokenFiles = [.. injected.Select(i => i.GetProperty("file").GetString()!)];
        SortedDictionary<string, string> cleanFiles = Contents(clean);
        SortedDictionary<string, string> brokenContents = Contents(broken);
        Assert.All(cleanFiles.Keys.Where(k => k != "_manifest.json" && !brokenFiles.Contains(k)), k => Assert.Equal(cleanFiles[k], brokenContents[k]));
    }

    [Fact]
    public void More_errors_than_disclosures_is_a_usage_error()
    {
        (int exit, _, string stderr) = Run("generate", "--departments", "2", "--inject-errors", "3", "-o", Path.Combine(_folder, "x"));
        Assert.Equal((2, true), (exit, stderr.Contains("more than the 2 disclosures", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "keep.txt"), "x");
        (int exit, _, string stderr) = Run("generate", "--departments", "2", "-o", _folder);
        Assert.Equal((2, true, "x"), (exit, stderr.Contains("not empty", StringComparison.Ordinal), File.ReadAllText(Path.Combine(_folder, "keep.txt"))));
    }

    [Fact]
    public void Zero_departments_is_a_usage_error()
        => Assert.Equal(2, Run("generate", "--departments", "0", "-o", Path.Combine(_folder, "x")).Exit);

    /// <summary>Each file's relative path and the SHA-256 of its bytes.</summary>
    private static SortedDictionary<string, string> Contents(string folder)
        => new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
