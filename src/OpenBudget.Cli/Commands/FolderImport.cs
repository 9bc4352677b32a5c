using System.Globalization;
using OpenBudget.Cli.Bulk;
using OpenBudget.Cli.Inputs;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Cli.Commands;

/// <summary>
/// <c>openbudget import &lt;folder&gt; -o &lt;folder&gt;</c>: every document of a folder whose extension an importer claims (text and
/// PDF), imported in parallel, each written as JSON under the output folder at its relative path with <c>.json</c>; one bad
/// file never stops the rest, and a summary ends the run.
/// </summary>
internal static class FolderImport
{
    /// <summary>Imports a folder.</summary>
    /// <param name="folder">The folder of published documents.</param>
    /// <param name="output">The folder the JSON goes to; created when missing.</param>
    /// <param name="importers">The importers by file extension.</param>
    /// <param name="quiet">Whether to leave out the progress.</param>
    /// <param name="parallel">How many files are imported at once.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where progress and each failing file's reasons go.</param>
    /// <returns>0 when every file was read completely, 1 when some only in part, 2 when some could not be read.</returns>
    internal static int Run(string folder, string output, DisclosureFileImporters importers, bool quiet, int parallel, TextWriter stdout, TextWriter stderr)
    {
        List<DisclosureFile> files;
        try
        {
            var claimed = new HashSet<string>(importers.Extensions, StringComparer.OrdinalIgnoreCase);
            files = [.. DisclosureFolder.List(folder, "*").Where(f => claimed.Contains(Path.GetExtension(f.FullPath)))];
            Directory.CreateDirectory(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot import the folder '{folder}' to '{output}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        var progress = new BulkProgress(stderr, "imported", files.Count, BulkProgress.ModeFor(stderr, quiet));
        int complete = 0, partial = 0;
        var failed = new List<(string File, string Reason)>();
        long found = 0, placed = 0;
        foreach (BulkOutcome<DisclosureFile, ImportResult> outcome in BulkRunner.Run(files, file => Import(file, output, importers), parallel))
        {
            progress.Step();
            if (!outcome.Succeeded)
            {
                failed.Add((outcome.Input.Name, outcome.Error.Message));
                continue;
            }

            ImportResult result = outcome.Result!;
            if (!result.IsReadable)
            {
                failed.Add((outcome.Input.Name, FirstError(result)));
                continue;
            }

            found += result.Coverage.Found;
            placed += result.Coverage.PlacedAsValues + result.Coverage.KeptInText;
            if (result.IsComplete)
            {
                complete++;
            }
            else
            {
                partial++;
                stderr.WriteLine($"{outcome.Input.Name}: read in part: {FirstError(result)}");
            }
        }

        progress.Finish();
        decimal ratio = found == 0 ? 1m : (decimal)placed / found;
        stdout.WriteLine(
            $"{folder}: {files.Count.ToString("N0", CultureInfo.InvariantCulture)} files in {progress.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; "
            + $"{complete.ToString("N0", CultureInfo.InvariantCulture)} read completely, {partial.ToString("N0", CultureInfo.InvariantCulture)} in part, "
            + $"{failed.Count.ToString("N0", CultureInfo.InvariantCulture)} unreadable; coverage {placed.ToString("N0", CultureInfo.InvariantCulture)} of "
            + $"{found.ToString("N0", CultureInfo.InvariantCulture)} numbers placed ({(ratio * 100).ToString("0.00", CultureInfo.InvariantCulture)}%); JSON in {output}.");
        if (failed.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"Unreadable files ({failed.Count.ToString(CultureInfo.InvariantCulture)})");
            foreach ((string file, string reason) in failed)
            {
                stdout.WriteLine($"  {file}: {reason}");
            }
        }

        return failed.Count > 0 ? ExitCodes.UsageError : partial > 0 ? ExitCodes.NotFound : ExitCodes.Success;
    }

    /// <summary>Imports one file and writes its JSON (partial too) under the output folder.</summary>
    private static ImportResult Import(DisclosureFile file, string output, DisclosureFileImporters importers)
    {
        ImportResult result;
        using (FileStream stream = File.OpenRead(file.FullPath))
        {
            result = importers.For(file.FullPath).Import(stream, ImportOptions.Default);
        }

        if (result.Disclosure is not null)
        {
            string target = Path.Combine(output, Path.ChangeExtension(file.Name, ".json"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using FileStream json = File.Create(target);
            OpenBudgetJson.Serialize(json, result.Disclosure);
        }

        return result;
    }

    private static string FirstError(ImportResult result)
        => result.Diagnostics.FirstOrDefault(d => d.Severity >= ImportSeverity.Error)?.ToString() ?? "no disclosure found";
}
