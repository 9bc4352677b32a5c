using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using OpenBudget.Cli.Commands;
using OpenBudget.Cli.Inputs;

namespace OpenBudget.Cli;

/// <summary>The <c>openbudget</c> command-line tool: its commands, and an entry point that runs it in-process.</summary>
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "The in-process entry point is public so that tests and other hosts run the tool without a process.")]
public static class OpenBudgetCli
{
    /// <summary>The name of the tool's command, as users type it.</summary>
    public const string Name = "openbudget";

    /// <summary>Builds the root command with every command of the tool, reading disclosure files with the default importers (extracted text).</summary>
    /// <remarks>
    /// A plain <see cref="Command"/> named "openbudget" with help and version options, rather than a <see cref="RootCommand"/>,
    /// which takes its name from the running process (OpenBudget.Cli, or testhost under tests) and would show it in every usage line.
    /// </remarks>
    /// <returns>The root command.</returns>
    public static Command CreateRootCommand() => CreateRootCommand(DisclosureFileImporters.Default);

    /// <summary>Builds the root command with every command of the tool, reading disclosure files with the given importers.</summary>
    /// <param name="importers">The importers by file extension, e.g. <see cref="DisclosureFileImporters.Default"/> with a PDF front end added.</param>
    /// <returns>The root command.</returns>
    public static Command CreateRootCommand(DisclosureFileImporters importers)
    {
        ArgumentNullException.ThrowIfNull(importers);
        return new Command(Name, "openbudget: Chinese government budget disclosures (部门预算公开) as exact, checked, open data.")
        {
            new HelpOption(),
            new VersionOption(),
            CodeCommand.Create(),
            ImportCommand.Create(importers),
            ValidateCommand.Create(importers),
            ShowCommand.Create(importers),
            GenerateCommand.Create(),
            ExportCommand.Create(),
        };
    }

    /// <summary>Runs the tool as if from the command line, writing to the given writers instead of the console.</summary>
    /// <param name="args">The command-line arguments, e.g. <c>["code", "2060404"]</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code: 0 success, 1 not found (or, for validate, an error found; for import, a partial result), 2 bad input or usage (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, DisclosureFileImporters.Default);

    /// <summary>Runs the tool as if from the command line, reading disclosure files with the given importers.</summary>
    /// <param name="args">The command-line arguments, e.g. <c>["import", "disclosure.pdf"]</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="importers">The importers by file extension.</param>
    /// <returns>The exit code, as <see cref="Run(string[], TextWriter, TextWriter)"/> returns it.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, DisclosureFileImporters importers)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(importers);
        ParseResult parsed = CreateRootCommand(importers).Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // Usage errors share exit code 2 with bad input, so that 1 keeps meaning "looked up and not found".
            foreach (ParseError error in parsed.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            stderr.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The command line that names the command the user meant, e.g. "openbudget code".</summary>
    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (CommandResult? result = parsed.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
