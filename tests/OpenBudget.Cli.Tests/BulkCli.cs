namespace OpenBudget.Cli.Tests;

/// <summary>Runs the tool in-process and a temporary folder per test class.</summary>
internal static class BulkCli
{
    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = OpenBudgetCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Generates a corpus into a new folder under <paramref name="parent"/> and fails the test when generation fails.</summary>
    internal static string Generate(string parent, string name, params string[] options)
    {
        string folder = Path.Combine(parent, name);
        (int exit, _, string stderr) = Run(["generate", .. options, "-o", folder, "--quiet"]);
        Assert.True(exit == 0, stderr);
        return folder;
    }
}
