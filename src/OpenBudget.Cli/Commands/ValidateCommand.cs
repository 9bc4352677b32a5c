using System.CommandLine;
using OpenBudget.Cli.Inputs;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget validate &lt;file|folder&gt;</c>: checks a disclosure (JSON or its published text), or every JSON disclosure of a folder, against every invariant (勾稽关系) and reports where it disagrees with itself.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <param name="importers">The importers by file extension, for a disclosure given as its text.</param>
    /// <returns>The command.</returns>
    internal static Command Create(DisclosureFileImporters importers)
    {
        var file = new Argument<string>("path")
        {
            Description = "The disclosure as JSON (.json, schemas/disclosure.v1.schema.json), e.g. tests/fixtures/sample/urumqi-science-2026.json, "
                + "or as its published text (any other file), imported first; "
                + "or a folder: every *.json file under it (names starting with _ or . skipped), validated in parallel and summed up.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for people (grouped by verdict and table, errors first), json for programs (schemas/validation-report.v1.schema.json; for a folder, a summary with the files that have errors or cannot be read).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat every difference as an error, even one that rounding of the printed figures explains.",
        };

        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "For a folder: no progress on stderr.",
        };
        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "For a folder: how many files are validated at once (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });

        var command = new Command(
            "validate",
            "Check a budget disclosure against every invariant (勾稽关系) and tell one-cent rounding noise from real errors. "
            + "A text file is imported first, its import errors written to standard error. "
            + "Exit code 0 when no finding is an error, 1 when one is (or the text could only be read in part), 2 when the file cannot be read; "
            + "for a folder, 2 when any file cannot be read (the others are still validated), else 1 when any disclosure has an error.\n"
            + "Examples: openbudget validate tests/fixtures/sample/urumqi-science-2026.json\n"
            + "          openbudget validate tests/fixtures/seed/000_204d2c3849ee2a77.txt\n"
            + "          openbudget validate corpus --format json")
        {
            file,
            format,
            strict,
            quiet,
            parallel,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(file);
            TextWriter stdout = parsed.InvocationConfiguration.Output;
            TextWriter stderr = parsed.InvocationConfiguration.Error;
            bool json = parsed.GetValue(format) == "json";
            return Directory.Exists(path)
                ? FolderValidation.Run(path, json, parsed.GetValue(strict), parsed.GetValue(quiet), parsed.GetValue(parallel), stdout, stderr)
                : Run(path, json, parsed.GetValue(strict), importers, stdout, stderr);
        });
        return command;
    }

    private static int Run(string path, bool json, bool strict, DisclosureFileImporters importers, TextWriter stdout, TextWriter stderr)
    {
        DisclosureInput input = DisclosureInput.Load(path, importers, ImportSeverity.Error, coverage: true, stderr);
        if (input.Disclosure is not BudgetDisclosure disclosure)
        {
            return input.FailureExit;
        }

        ValidationReport report = input.Located(new DisclosureValidator(new ValidationOptions { Strict = strict }).Validate(disclosure));
        if (json)
        {
            stdout.WriteLine(OpenBudgetJson.Serialize(report));
        }
        else
        {
            ValidationReportText.Write(disclosure, report, stdout);
        }

        return report.Summary.Valid && !input.IsPartial ? ExitCodes.Success : ExitCodes.NotFound;
    }
}
