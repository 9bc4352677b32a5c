using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Inputs;

/// <summary>A disclosure read from a file for a command: the disclosure, the import result when the file was imported rather than read as JSON, and the exit code when it could not be read.</summary>
/// <param name="Disclosure">The disclosure; <see langword="null"/> when the file could not be read.</param>
/// <param name="Import">The import result, for a file that is not JSON.</param>
/// <param name="FailureExit">The exit code to stop with when the file could not be read.</param>
internal sealed record DisclosureInput(BudgetDisclosure? Disclosure, ImportResult? Import, int FailureExit)
{
    /// <summary>Gets the function that puts on each finding of a report the page it is printed on, for a file with pages (a PDF).</summary>
    internal Func<ValidationReport, ValidationReport>? Locate { get; init; }

    /// <summary>Gives each finding of a report on this input its page, when the file has pages.</summary>
    /// <param name="report">A report on <see cref="Disclosure"/>.</param>
    /// <returns>The report, with pages where known.</returns>
    internal ValidationReport Located(ValidationReport report) => Locate is null ? report : Locate(report);

    /// <summary>Gets a value indicating whether the import left out something it could not read (an error diagnostic).</summary>
    internal bool IsPartial => Import is { IsComplete: false };

    /// <summary>Reads a disclosure from a file: .json as the model, any other file through the importer its extension selects; problems go to <paramref name="stderr"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="importers">The importers by extension.</param>
    /// <param name="minimum">The least severity of import diagnostic to write.</param>
    /// <param name="coverage">Whether to write the numbers not placed and the coverage figure after the diagnostics.</param>
    /// <param name="stderr">Where diagnostics and errors go.</param>
    /// <returns>The input.</returns>
    internal static DisclosureInput Load(string path, DisclosureFileImporters importers, ImportSeverity minimum, bool coverage, TextWriter stderr)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            if (stream.Length == 0)
            {
                stderr.WriteLine($"Cannot read '{path}': the file is empty.");
                return Failed();
            }

            if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
            {
                return new DisclosureInput(OpenBudgetJson.Deserialize(stream), null, ExitCodes.Success);
            }

            (ImportResult result, Func<ValidationReport, ValidationReport>? locate) = importers.For(path).ImportLocated(stream, ImportOptions.Default);
            WriteDiagnostics(path, result, minimum, coverage, stderr);
            return result.IsReadable
                ? new DisclosureInput(result.Disclosure, result, ExitCodes.Success) { Locate = locate }
                : new DisclosureInput(null, result, ExitCodes.UsageError);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"Cannot read '{path}': the file does not exist.");
            return Failed();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot read '{path}': {ex.Message}");
            return Failed();
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"Cannot read '{path}': {ex.Message}");
            return Failed();
        }
        catch (DisclosureJsonException ex)
        {
            stderr.WriteLine($"'{path}' is not a readable disclosure: {ex.Message}");
            return Failed();
        }
    }

    /// <summary>Writes the import's diagnostics, one a line with the file and the input line ("sample.txt: line 12: error unparseable-amount: …"), then, for a readable input, the numbers not placed and the coverage figure.</summary>
    private static void WriteDiagnostics(string path, ImportResult result, ImportSeverity minimum, bool coverage, TextWriter stderr)
    {
        string name = Path.GetFileName(path);
        foreach (ImportDiagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity >= minimum || diagnostic.Severity == ImportSeverity.Fatal)
            {
                stderr.WriteLine($"{name}: {diagnostic}");
            }
        }

        if (coverage && result.IsReadable)
        {
            foreach (UnplacedNumber number in result.Coverage.NotPlaced)
            {
                stderr.WriteLine($"{name}: not placed: {number}");
            }

            stderr.WriteLine($"{name}: {result.Coverage}");
        }
    }

    private static DisclosureInput Failed() => new(null, null, ExitCodes.UsageError);
}
