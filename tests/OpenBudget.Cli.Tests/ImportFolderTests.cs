using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Cli.Tests;

public sealed class ImportFolderTests : CliRun
{
    private static readonly string CommercePdf = Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", "putuo-commerce-2025-department.pdf");

    [Fact]
    public void A_folder_imports_every_text_and_pdf_to_json_at_its_relative_path_and_lists_the_bad_file_without_stopping()
    {
        string input = Path.Combine(Folder, "documents");
        Directory.CreateDirectory(Path.Combine(input, "xinjiang"));
        Directory.CreateDirectory(Path.Combine(input, "shanghai"));
        File.Copy(SampleText, Path.Combine(input, "xinjiang", "science.txt"));
        File.Copy(CommercePdf, Path.Combine(input, "shanghai", "commerce.pdf"));
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllText(Path.Combine(input, "notes.md"), "not a document");
        string output = Path.Combine(Folder, "json");

        (int exit, string stdout, string stderr) = Run("import", input, "-o", output, "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("3 files", stdout, StringComparison.Ordinal);
        Assert.Contains("1 unreadable", stdout, StringComparison.Ordinal);
        Assert.Contains("  empty.txt: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("notes", stdout + stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "empty.json")));

        (int singleExit, string single, _) = Run("import", SampleText);
        Assert.Equal(0, singleExit);
        BudgetDisclosure science = OpenBudgetJson.Deserialize(File.ReadAllText(Path.Combine(output, "xinjiang", "science.json")));
        Assert.Equal(OpenBudgetJson.Deserialize(single), science);
        BudgetDisclosure commerce = OpenBudgetJson.Deserialize(File.ReadAllText(Path.Combine(output, "shanghai", "commerce.json")));
        Assert.True(commerce.Tables.Count >= 8);
    }

    [Fact]
    public void A_folder_without_an_output_folder_is_a_usage_error()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "in"));
        (int exit, _, string stderr) = Run("import", Path.Combine(Folder, "in"));
        Assert.Equal(2, exit);
        Assert.Contains("name the folder the JSON goes to with -o", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_good_documents_exits_0_with_the_coverage_in_the_summary()
    {
        string input = Path.Combine(Folder, "good");
        Directory.CreateDirectory(input);
        File.Copy(SampleText, Path.Combine(input, "a.txt"));
        File.Copy(SampleText, Path.Combine(input, "b.txt"));
        (int exit, string stdout, _) = Run("import", input, "-o", Path.Combine(Folder, "out"), "--quiet", "--parallel", "2");
        Assert.Equal(0, exit);
        Assert.Contains("2 read completely, 0 in part, 0 unreadable", stdout, StringComparison.Ordinal);
        Assert.Contains("numbers placed (100.00%)", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Folder, "out", "a.json")) && File.Exists(Path.Combine(Folder, "out", "b.json")));
    }
}
