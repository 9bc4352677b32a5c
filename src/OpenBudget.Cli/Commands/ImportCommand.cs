using System.CommandLine;
using OpenBudget.Cli.Inputs;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget import &lt;file.txt&gt; [-o out.json]</c>: reads a disclosure's published text into the model and writes it as JSON.</summary>
internal static class ImportCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <param name="importers">The importers by file extension.</param>
    /// <returns>The command.</returns>
    internal static Command Create(DisclosureFileImporters importers)
    {
        var file = new Argument<string>("path")
        {
            Description = $"A folder of documents (imported in parallel, -o naming the output folder), or the disclosure's PDF or text as extracted from its PDF (pdftotext -layout, tab-separated or terminal-aligned); read by extension ({string.Join(", ", importers.Extensions)}), any other file as text.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the JSON to this file instead of standard output; for a folder, the folder the JSON files go to (required).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "For a folder: no progress on standard error.",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "For a folder: how many files are imported at once (default: one per core).",
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
            "import",
            "Read a disclosure from its published text into JSON (schemas/disclosure.v1.schema.json). Diagnostics go to standard error with their "
            + "line numbers, then the coverage figure: how many of the text's numbers were placed. Exit code 0 when everything was read, "
            + "1 when something could not be (the JSON is still written, partial), 2 when the file cannot be read (missing, empty, binary).\n"
            + "A folder: every file an importer reads (by extension) under it, in parallel, each written as JSON at its relative path; "
            + "one bad file never stops the rest, a summary ends the run; exit 2 when any file is unreadable, else 1 when any was read in part.\n"
            + "Example: openbudget import tests/fixtures/seed/000_204d2c3849ee2a77.txt -o urumqi-science-2026.json\n"
            + "Example: openbudget import documents -o disclosures")
        {
            file,
            output,
            quiet,
            parallel,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(file);
            string? target = parsed.GetValue(output);
            TextWriter stdout = parsed.InvocationConfiguration.Output;
            TextWriter stderr = parsed.InvocationConfiguration.Error;
            if (!Directory.Exists(path))
            {
                return Run(path, target, importers, stdout, stderr);
            }

            if (target is null)
            {
                stderr.WriteLine($"'{path}' is a folder: name the folder the JSON goes to with -o.");
                return ExitCodes.UsageError;
            }

            return FolderImport.Run(path, target, importers, parsed.GetValue(quiet), parsed.GetValue(parallel), stdout, stderr);
        });
        return command;
    }

    private static int Run(string path, string? output, DisclosureFileImporters importers, TextWriter stdout, TextWriter stderr)
    {
        DisclosureInput input = DisclosureInput.Load(path, importers, ImportSeverity.Info, coverage: true, stderr);
        if (input.Disclosure is null)
        {
            return input.FailureExit;
        }

        if (input.Import is null)
        {
            stderr.WriteLine($"'{path}' is JSON already: import reads a disclosure's text.");
            return ExitCodes.UsageError;
        }

        if (output is null)
        {
            stdout.WriteLine(OpenBudgetJson.Serialize(input.Disclosure));
        }
        else
        {
            try
            {
                using FileStream stream = File.Create(output);
                OpenBudgetJson.Serialize(stream, input.Disclosure);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"Cannot write '{output}': {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        return input.IsPartial ? ExitCodes.NotFound : ExitCodes.Success;
    }
}
