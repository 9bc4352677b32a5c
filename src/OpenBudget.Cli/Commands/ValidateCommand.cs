using System.CommandLine;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget validate &lt;file.json&gt;</c>: checks a disclosure against every invariant (勾稽关系) and reports where it disagrees with itself.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "The disclosure as JSON (schemas/disclosure.v1.schema.json), e.g. tests/fixtures/sample/urumqi-science-2026.json.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for people (grouped by verdict and table, errors first), json for programs (schemas/validation-report.v1.schema.json).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat every difference as an error, even one that rounding of the printed figures explains.",
        };

        var command = new Command(
            "validate",
            "Check a budget disclosure against every invariant (勾稽关系) and tell one-cent rounding noise from real errors. "
            + "Exit code 0 when no finding is an error, 1 when one is, 2 when the file cannot be read.\n"
            + "Example: openbudget validate tests/fixtures/sample/urumqi-science-2026.json")
        {
            file,
            format,
            strict,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(file),
            parsed.GetValue(format) == "json",
            parsed.GetValue(strict),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
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
