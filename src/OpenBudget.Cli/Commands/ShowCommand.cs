using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenBudget.Cli.Inputs;
using OpenBudget.Disclosures;
using OpenBudget.Import;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget show &lt;file&gt; [--table &lt;kind&gt;]</c>: prints a disclosure's table for the terminal, or lists its tables.</summary>
internal static class ShowCommand
{
    /// <summary>Builds the command with its argument and options.</summary>
    /// <param name="importers">The importers by file extension.</param>
    /// <returns>The command.</returns>
    internal static Command Create(DisclosureFileImporters importers)
    {
        var file = new Argument<string>("file")
        {
            Description = "The disclosure as JSON (.json) or as its published text (any other file, imported first).",
        };
        var table = new Option<string?>("--table", "-t")
        {
            Description = $"The table to print: its kind ({string.Join(", ", Enum.GetNames<TableKind>().Select(KindName))}) or its number as printed (3, 表3).",
        };

        var command = new Command(
            "show",
            "Print a table of a disclosure in the terminal, Chinese names aligned by display width; without --table, list the tables the disclosure holds. "
            + "Exit code 0 when shown, 1 when the disclosure holds no such table, 2 when the file cannot be read or the kind is unknown.\n"
            + "Example: openbudget show tests/fixtures/sample/urumqi-science-2026.json --table expenditure")
        {
            file,
            table,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(file),
            parsed.GetValue(table),
            importers,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The kind's name as JSON writes it: "expenditure", "incomeExpenditureSummary".</summary>
    internal static string KindName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static string KindName(TableKind kind) => KindName(kind.ToString());

    private static int Run(string path, string? which, DisclosureFileImporters importers, TextWriter stdout, TextWriter stderr)
    {
        TableKind? kind = null;
        string? number = null;
        if (which is not null && !TryParseTable(which, out kind, out number))
        {
            stderr.WriteLine($"'{which}' is neither a table kind nor a table number; kinds: {string.Join(", ", Enum.GetNames<TableKind>().Select(KindName))}.");
            return ExitCodes.UsageError;
        }

        DisclosureInput input = DisclosureInput.Load(path, importers, ImportSeverity.Error, coverage: false, stderr);
        if (input.Disclosure is not BudgetDisclosure disclosure)
        {
            return input.FailureExit;
        }

        if (which is null)
        {
            TableText.WriteList(disclosure, stdout);
            return ExitCodes.Success;
        }

        DisclosureTable? found = disclosure.Tables.FirstOrDefault(t => kind is TableKind k ? t.Kind == k : NumberOf(t) == number);
        if (found is null)
        {
            stderr.WriteLine($"{disclosure.Department} {disclosure.FiscalYear} holds no table '{which}'; it holds: "
                + string.Join(", ", disclosure.Tables.Select(t => $"{(NumberOf(t) is string n ? "表" + n + " " : "")}{KindName(t.Kind)}")) + ".");
            return ExitCodes.NotFound;
        }

        TableText.Write(found, stdout);
        return ExitCodes.Success;
    }

    /// <summary>Reads --table: a kind by its JSON name (any case) or a printed number ("3", "表3", "表 3").</summary>
    private static bool TryParseTable(string text, out TableKind? kind, out string? number)
    {
        kind = null;
        number = null;
        string trimmed = text.Trim();
        foreach (TableKind candidate in Enum.GetValues<TableKind>())
        {
            if (string.Equals(KindName(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        string digits = trimmed.TrimStart('表').Trim();
        if (digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            number = n.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    /// <summary>A table's number without the 表 sign, e.g. "3" for "表3" or "表 3".</summary>
    internal static string? NumberOf(DisclosureTable table)
    {
        string? number = table.Number?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        string digits = number.TrimStart('表').Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n.ToString(CultureInfo.InvariantCulture) : digits;
    }
}
