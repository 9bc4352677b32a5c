using System.CommandLine;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget validate &lt;file.json|folder&gt;</c>: checks a disclosure, or every disclosure of a folder, against every invariant (勾稽关系) and reports where it disagrees with itself.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var file = new Argument<string>("path")
        {
            Description = "The disclosure as JSON (schemas/disclosure.v1.schema.json), e.g. tests/fixtures/sample/urumqi-science-2026.json; "
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
            + "Exit code 0 when no finding is an error, 1 when one is, 2 when the file cannot be read; for a folder, 2 when any file cannot be read "
            + "(the others are still validated), else 1 when any disclosure has an error.\n"
            + "Examples: openbudget validate tests/fixtures/sample/urumqi-science-2026.json\n"
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
                : Run(path, json, parsed.GetValue(strict), stdout, stderr);
        });
        return command;
    }

    private static int Run(string path, bool json, bool strict, TextWriter stdout, TextWriter stderr)
    {
        BudgetDisclosure disclosure;
        try
        {
            using FileStream stream = File.OpenRead(path);
            disclosure = OpenBudgetJson.Deserialize(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"Cannot read '{path}': the file does not exist.");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot read '{path}': {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (DisclosureJsonException ex)
        {
            stderr.WriteLine($"'{path}' is not a readable disclosure: {ex.Message}");
            return ExitCodes.UsageError;
        }

        ValidationReport report = new DisclosureValidator(new ValidationOptions { Strict = strict }).Validate(disclosure);
        if (json)
        {
            stdout.WriteLine(OpenBudgetJson.Serialize(report));
        }
        else
        {
            ValidationReportText.Write(disclosure, report, stdout);
        }

        return report.Summary.Valid ? ExitCodes.Success : ExitCodes.NotFound;
    }
}
