using System.IO.Compression;
using System.Text.Json.Nodes;
using OpenBudget.Cli.Inputs;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Cli.Tests;

public sealed class ImportCommandTests : CliRun
{
    [Fact]
    public void The_sample_text_imports_with_exit_0_to_the_tables_of_the_hand_checked_reference()
    {
        (int exit, string stdout, _) = Run("import", SampleText);
        JsonNode imported = JsonNode.Parse(stdout)!;
        JsonNode reference = JsonNode.Parse(File.ReadAllText(SampleJson))!;
        Assert.Equal(0, exit);
        Assert.True(JsonNode.DeepEquals(reference["tables"], imported["tables"]), "The imported tables differ from the reference.");
        Assert.Equal(("乌鲁木齐市科学技术局", 2026), (imported["department"]!.GetValue<string>(), imported["fiscalYear"]!.GetValue<int>()));
    }

    [Fact]
    public void The_output_is_the_librarys_json_and_reads_back()
    {
        string stdout = Run("import", SampleText).Stdout;
        Assert.Equal(stdout.TrimEnd(), OpenBudgetJson.Serialize(OpenBudgetJson.Deserialize(stdout)));
    }

    [Fact]
    public void Output_option_writes_the_file_and_leaves_standard_output_empty()
    {
        string output = Path.Combine(Folder, "out.json");
        (int exit, string stdout, _) = Run("import", SampleText, "-o", output);
        Assert.Equal((0, ""), (exit, stdout));
        Assert.Equal(Run("import", SampleText).Stdout.TrimEnd(), File.ReadAllText(output));
    }

    [Fact]
    public void The_coverage_figure_comes_last_on_standard_error()
    {
        string[] lines = Lines(Run("import", SampleText).Stderr);
        Assert.StartsWith("000_204d2c3849ee2a77.txt: coverage: ", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith(", 0 not placed (100.00%)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_and_says_so()
    {
        (int exit, string stdout, string stderr) = Run("import", Path.Combine(Folder, "absent.txt"));
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_exits_2_and_says_so()
    {
        (int exit, string stdout, string stderr) = Run("import", Write("empty.txt", ""));
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("the file is empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_blank_lines_exits_2_as_empty_input()
    {
        (int exit, string stdout, string stderr) = Run("import", Write("blank.txt", "  \n\n\t\n"));
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("fatal empty-input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_exits_2_and_says_it_is_not_text()
    {
        byte[] bytes = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0];
        (int exit, string stdout, string stderr) = Run("import", Write("program.txt", bytes));
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("fatal binary-input", stderr, StringComparison.Ordinal);
        Assert.Contains("not text", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_pdf_that_is_no_readable_pdf_exits_2_naming_the_reason()
    {
        (int exit, string stdout, string stderr) = Run("import", Write("disclosure.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("disclosure.pdf", stderr, StringComparison.Ordinal);
        Assert.Contains("the PDF cannot be read (", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_pdf_imports_to_json_with_pages_in_its_diagnostics_and_the_coverage_last()
    {
        string pdf = Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", "putuo-commerce-2025-department.pdf");
        (int exit, string stdout, string stderr) = Run("import", pdf);
        Assert.InRange(exit, 0, 1);
        JsonNode disclosure = JsonNode.Parse(stdout)!;
        Assert.True(disclosure["tables"]!.AsArray().Count >= 8, stdout);
        Assert.Contains("coverage", Lines(stderr)[^1], StringComparison.OrdinalIgnoreCase);
        Assert.All(Lines(stderr).Where(l => l.Contains(": line ", StringComparison.Ordinal)), l => Assert.Contains("(page ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_truncated_table_exits_1_with_partial_json_and_the_line_it_stops_at()
    {
        string file = TruncatedSample();
        int lastLine = File.ReadAllLines(file).Length;
        (int exit, string stdout, string stderr) = Run("import", file);
        Assert.Equal(1, exit);
        JsonNode partial = JsonNode.Parse(stdout)!;
        Assert.Contains(partial["tables"]!.AsArray(), t => t!["title"]!.GetValue<string>() == "部门支出总体情况表");
        Assert.Contains($"truncated.txt: line {lastLine}: error truncated-table:", stderr, StringComparison.Ordinal);
        Assert.Contains("'部门支出总体情况表'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_is_not_an_amount_is_reported_with_its_line_and_exits_1()
    {
        string text = File.ReadAllText(SampleText).Replace("\t机构运行\t364.68\t364.68\t", "\t机构运行\t364.6B\t364.68\t", StringComparison.Ordinal);
        string file = Write("bad-cell.txt", text);
        int line = Array.FindIndex(File.ReadAllLines(file), l => l.Contains("364.6B", StringComparison.Ordinal)) + 1;
        (int exit, _, string stderr) = Run("import", file);
        Assert.Equal(1, exit);
        Assert.Contains($"bad-cell.txt: line {line}: error unparseable-amount: The cell '364.6B'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_is_not_imported()
    {
        (int exit, string stdout, string stderr) = Run("import", SampleJson);
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("is JSON already", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_importer_registered_for_an_extension_reads_files_of_that_extension()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            byte[] text = File.ReadAllBytes(SampleText);
            gzip.Write(text, 0, text.Length);
        }

        string file = Write("sample.txt.gz", compressed.ToArray());
        DisclosureFileImporters importers = DisclosureFileImporters.Default.With(new GzipTextImporter());
        (int exit, string stdout, _) = Run(importers, "import", file);
        Assert.Equal((0, Run("import", SampleText).Stdout), (exit, stdout));
        Assert.Equal(2, Run("import", file).Exit);
    }

    [Fact]
    public void An_extension_must_start_with_a_dot()
        => Assert.Throws<ArgumentException>(() => DisclosureFileImporters.Default.With(new GzipTextImporter("gz")));

    [Fact]
    public void Help_exits_0_and_shows_the_example_and_the_exit_codes()
    {
        (int exit, string stdout, _) = Run("import", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Example: openbudget import tests/fixtures/seed/000_204d2c3849ee2a77.txt -o urumqi-science-2026.json", stdout, StringComparison.Ordinal);
        Assert.Contains("2 when the file cannot be read", stdout, StringComparison.Ordinal);
        Assert.Contains("-o, --output", stdout, StringComparison.Ordinal);
    }

    /// <summary>Reads gzip-compressed extracted text: a second front end, to show the tool picks importers by extension.</summary>
    private sealed class GzipTextImporter(string extension = ".gz") : IDisclosureFileImporter
    {
        public IReadOnlyList<string> Extensions { get; } = [extension];

        public string Format => "gzip-compressed text";

        public ImportResult Import(Stream content, ImportOptions options)
        {
            using var gzip = new GZipStream(content, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            return DisclosureImporter.Import(reader.ReadToEnd(), options);
        }
    }
}
