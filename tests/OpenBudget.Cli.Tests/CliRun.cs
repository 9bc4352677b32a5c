using OpenBudget.Cli;
using OpenBudget.Cli.Inputs;

namespace OpenBudget.Cli.Tests;

/// <summary>Runs the tool in-process and holds the fixtures and a scratch folder the import, show and validate tests share.</summary>
public abstract class CliRun : IDisposable
{
    protected static readonly string SampleText = Path.Combine(AppContext.BaseDirectory, "fixtures", "seed", "000_204d2c3849ee2a77.txt");

    protected static readonly string SampleJson = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");

    protected string Folder { get; } = Directory.CreateTempSubdirectory("openbudget-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Run(DisclosureFileImporters.Default, args);

    protected static (int Exit, string Stdout, string Stderr) Run(DisclosureFileImporters importers, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = OpenBudgetCli.Run(args, stdout, stderr, importers);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    protected string Write(string name, string content)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    protected string Write(string name, byte[] content)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>The sample cut inside 表3 (部门支出总体情况表), after the row of 机构运行 and before the table's total.</summary>
    protected string TruncatedSample()
    {
        string[] lines = File.ReadAllLines(SampleText);
        int cut = CutInsideExpenditureTable(lines);
        Assert.True(cut > 0);
        return Write("truncated.txt", string.Join('\n', lines.Take(cut + 1)) + "\n");
    }

    /// <summary>The index of the row of 机构运行 in 表3, the sample's expenditure table (表2 has such a row too).</summary>
    protected static int CutInsideExpenditureTable(string[] lines)
    {
        int title = Array.IndexOf(lines, "部门支出总体情况表");
        return Array.FindIndex(lines, title, l => l.StartsWith("206\t05\t01\t机构运行\t", StringComparison.Ordinal));
    }

    protected static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
