using System.CommandLine;
using OpenBudget.Cli.Inputs;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget validate &lt;file&gt;</c>: checks a disclosure against every invariant (勾稽关系) and reports where it disagrees with itself.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <param name="importers">The importers by file extension, for a disclosure given as its text.</param>
    /// <returns>The command.</returns>
    internal static Command Create(DisclosureFileImporters importers)
    {
        var file = new Argument<string>("file")
        {
            Description = "The disclosure as JSON (.json, schemas/disclosure.v1.schema.json), e.g. tests/fixtures/sample/urumqi-science-2026.json, "
                + "or as its published text (any other file), imported first.",
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
            + "A text file is imported first, its import errors written to standard error. "
            + "Exit code 0 when no finding is an error, 1 when one is (or the text could only be read in part), 2 when the file cannot be read.\n"
            + "Example: openbudget validate tests/fixtures/sample/urumqi-science-2026.json\n"
            + "Example: openbudget validate tests/fixtures/seed/000_204d2c3849ee2a77.txt")
        {
            file,
            format,
            strict,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(file),
            parsed.GetValue(format) == "json",
            parsed.GetValue(strict),
            importers,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, bool json, bool strict, DisclosureFileImporters importers, TextWriter stdout, TextWriter stderr)
    {
        DisclosureInput input = DisclosureInput.Load(path, importers, ImportSeverity.Error, coverage: true, stderr);
        if (input.Disclosure is not BudgetDisclosure disclosure)
        {
            return input.FailureExit;
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

        return report.Summary.Valid && !input.IsPartial ? ExitCodes.Success : ExitCodes.NotFound;
    }
}
