using System.Globalization;
using OpenBudget.Cli.Bulk;
using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget validate &lt;folder&gt;</c>: validates every disclosure file of a folder in parallel and sums the reports up.</summary>
internal static class FolderValidation
{
    internal static int Run(string folder, bool json, bool strict, bool quiet, int parallel, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<DisclosureFile> files;
        try
        {
            files = DisclosureFolder.List(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot read the folder '{folder}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        var validator = new DisclosureValidator(new ValidationOptions { Strict = strict });
        var progress = new BulkProgress(stderr, "validated", files.Count, BulkProgress.ModeFor(stderr, quiet));
        var summary = new FolderValidationSummary { Folder = folder, Strict = strict, Files = files.Count };
        foreach (BulkOutcome<DisclosureFile, FileValidation> outcome in BulkRunner.Run(files, file => Validate(file, validator), parallel))
        {
            summary.Add(outcome.Input.Name, outcome.Result, outcome.Error);
            progress.Step();
        }

        progress.Finish();
        if (json)
        {
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(summary, Json.CliJsonContext.Output.FolderValidationSummary));
        }
        else
        {
            WriteText(summary, progress.Elapsed, stdout);
        }

        return summary.UnreadableFiles.Count > 0 ? ExitCodes.UsageError
            : summary.Invalid > 0 ? ExitCodes.NotFound
            : ExitCodes.Success;
    }

    /// <summary>The per-file step: read, validate, and keep only what the summary needs (the counts and the error findings), so no report outlives its file.</summary>
    private static FileValidation Validate(DisclosureFile file, DisclosureValidator validator)
    {
        BudgetDisclosure disclosure = DisclosureReader.Read(file);
        ValidationReport report = validator.Validate(disclosure);
        return new FileValidation
        {
            DisclosureId = DisclosureIds.For(disclosure),
            Department = disclosure.Department,
            FiscalYear = disclosure.FiscalYear,
            Findings = report.Summary.Findings,
            Counts = report.Summary.Counts,
            Errors = [.. report.Findings.Where(f => f.Verdict == Verdict.Error).Select(f => new FileError(f.RuleId, f.Location.JsonPointer, f.Message))],
        };
    }

    private static void WriteText(FolderValidationSummary summary, TimeSpan elapsed, TextWriter output)
    {
        FindingCounts f = summary.Findings;
        output.WriteLine(
            $"{summary.Folder}: {Count(summary.Files, "file")} in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; "
            + $"{Count(summary.Disclosures, "disclosure")} read, {Count(summary.UnreadableFiles.Count, "file")} unreadable; "
            + $"{N(summary.Valid)} valid, {N(summary.Invalid)} with errors{(summary.Strict ? " (strict: every difference is an error)" : "")}.");
        output.WriteLine(
            $"{Count(f.Total, "finding")}: {Count(f.Error, "error")}, {Count(f.Mismatch, "name or code mismatch", "name or code mismatches")}, {Count(f.Rounding, "rounding difference")}; "
            + $"by severity: {N(f.SeverityError)} error, {N(f.SeverityWarning)} warning, {N(f.SeverityInfo)} info.");
        if (summary.InvalidFiles.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Files with errors ({summary.InvalidFiles.Count})");
            foreach (InvalidFile file in summary.InvalidFiles)
            {
                output.WriteLine($"  {file.File}  {file.Department} {file.FiscalYear}: {Count(file.Errors.Count, "error")}");
                foreach (FileError error in file.Errors)
                {
                    output.WriteLine($"    {error.RuleId}  {error.Pointer}  {error.Message}");
                }
            }
        }

        if (summary.UnreadableFiles.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Unreadable files ({summary.UnreadableFiles.Count})");
            foreach (UnreadableFile file in summary.UnreadableFiles)
            {
                output.WriteLine($"  {file.File}  {file.Error}");
            }
        }
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int n, string singular, string? plural = null) => $"{N(n)} {(n == 1 ? singular : plural ?? singular + "s")}";
}

/// <summary>What the folder summary keeps of one file's report.</summary>
internal sealed record FileValidation
{
    public required string DisclosureId { get; init; }

    public required string Department { get; init; }

    public required int FiscalYear { get; init; }

    public required int Findings { get; init; }

    public required VerdictCounts Counts { get; init; }

    public required IReadOnlyList<FileError> Errors { get; init; }
}

/// <summary>The machine-readable summary of <c>openbudget validate &lt;folder&gt; --format json</c>.</summary>
internal sealed class FolderValidationSummary
{
    /// <summary>Gets the folder as given.</summary>
    public required string Folder { get; init; }

    /// <summary>Gets a value indicating whether every difference counted as an error.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the number of disclosure files found.</summary>
    public int Files { get; init; }

    /// <summary>Gets the number of files read as disclosures.</summary>
    public int Disclosures { get; private set; }

    /// <summary>Gets the number of disclosures without an error.</summary>
    public int Valid { get; private set; }

    /// <summary>Gets the number of disclosures with at least one error.</summary>
    public int Invalid { get; private set; }

    /// <summary>Gets the findings of every disclosure by verdict and severity.</summary>
    public FindingCounts Findings { get; } = new();

    /// <summary>Gets the disclosures with errors, in file order, with their error findings.</summary>
    public List<InvalidFile> InvalidFiles { get; } = [];

    /// <summary>Gets the files that could not be read, in file order, with why.</summary>
    public List<UnreadableFile> UnreadableFiles { get; } = [];

    internal void Add(string file, FileValidation? result, Exception? error)
    {
        if (result is null)
        {
            UnreadableFiles.Add(new UnreadableFile(file, DisclosureReader.Describe(error!)));
            return;
        }

        Disclosures++;
        Findings.Add(result.Findings, result.Counts);
        if (result.Errors.Count == 0)
        {
            Valid++;
        }
        else
        {
            Invalid++;
            InvalidFiles.Add(new InvalidFile(file, result.DisclosureId, result.Department, result.FiscalYear, result.Errors));
        }
    }
}

/// <summary>Findings summed over a folder.</summary>
internal sealed class FindingCounts
{
    public int Total { get; private set; }

    public int Error { get; private set; }

    public int Mismatch { get; private set; }

    public int Rounding { get; private set; }

    public int SeverityError { get; private set; }

    public int SeverityWarning { get; private set; }

    public int SeverityInfo { get; private set; }

    internal void Add(int findings, VerdictCounts counts)
    {
        Total += findings;
        Error += counts.Error;
        Mismatch += counts.Mismatch;
        Rounding += counts.Rounding;
        SeverityError += counts.SeverityError;
        SeverityWarning += counts.SeverityWarning;
        SeverityInfo += counts.SeverityInfo;
    }
}

/// <summary>A disclosure with errors: its file, id and error findings.</summary>
internal sealed record InvalidFile(string File, string DisclosureId, string Department, int FiscalYear, IReadOnlyList<FileError> Errors);

/// <summary>One error finding: the rule, where it points, and the message.</summary>
internal sealed record FileError(string RuleId, string Pointer, string Message);

/// <summary>A file that could not be read, and why.</summary>
internal sealed record UnreadableFile(string File, string Error);
