using System.CommandLine;
using System.Text.Json;
using OpenBudget.Classification;
using OpenBudget.Cli.Json;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget code &lt;code&gt;</c>: looks a classification code (科目编码) up in a year's catalogue.</summary>
internal static class CodeCommand
{
    private const string Functional = "functional";
    private const string Economic = "economic";
    private const string EconomicGovernment = "economic-government";

    /// <summary>Builds the command with its argument and options.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var code = new Argument<string>("code")
        {
            Description = "The code as printed: 2060404, \"206 04 04\", 206|04|04 (quote it in a shell), 30231 or 50101.",
        };
        var year = new Option<int>("--year", "-y")
        {
            Description = $"The fiscal year of the catalogue; the tool holds {string.Join(", ", ClassificationCatalogues.AvailableYears)}.",
            DefaultValueFactory = _ => ClassificationCatalogues.AvailableYears[^1],
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for people, json for programs.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var scheme = new Option<string?>("--scheme", "-s")
        {
            Description = "functional (2xx, 支出功能分类), economic (3xx, 部门预算支出经济分类) or economic-government (5xx, 政府预算支出经济分类); "
                + "inferred from the first digit when not given.",
        };
        scheme.AcceptOnlyFromAmong(Functional, Economic, EconomicGovernment);

        var command = new Command(
            "code",
            "Look up a budget classification code (科目编码): its Chinese name, English label, level (类/款/项) and ancestors; "
            + "a code not in the year's catalogue is reported with the nearest codes (exit code 1).\n"
            + "Example: openbudget code 2060404")
        {
            code,
            year,
            format,
            scheme,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(code),
            parsed.GetValue(year),
            parsed.GetValue(format) == "json",
            parsed.GetValue(scheme),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string text, int year, bool json, string? scheme, TextWriter stdout, TextWriter stderr)
    {
        if (!ClassificationCatalogues.TryForYear(year, out ClassificationCatalogues? catalogues))
        {
            stderr.WriteLine($"There is no classification catalogue for {year}; available years: {string.Join(", ", ClassificationCatalogues.AvailableYears)}.");
            return ExitCodes.UsageError;
        }

        scheme ??= InferScheme(text);
        if (scheme is null)
        {
            stderr.WriteLine($"Cannot tell the scheme of '{text.Trim()}': functional codes start with 2, department economic codes with 3 and government economic codes with 5. Give --scheme.");
            return ExitCodes.UsageError;
        }

        string? reason = null;
        CodeReport? report = scheme switch
        {
            Functional => FunctionalCode.TryParse(text, out FunctionalCode code, out reason) ? CodeReport.For(catalogues.Functional, code, scheme) : null,
            Economic => EconomicCode.TryParse(text, out EconomicCode code, out reason) ? CodeReport.For(catalogues.EconomicDepartment, code, scheme) : null,
            _ => EconomicCode.TryParse(text, out EconomicCode code, out reason) ? CodeReport.For(catalogues.EconomicGovernment, code, scheme) : null,
        };
        if (report is null)
        {
            stderr.WriteLine(reason);
            return ExitCodes.UsageError;
        }

        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Output.CodeReport));
        }
        else
        {
            CodeReportText.Write(report, stdout);
        }

        return report.Found ? ExitCodes.Success : ExitCodes.NotFound;
    }

    /// <summary>The scheme a code's first digit implies, or <see langword="null"/> when it implies none; text that does not start with a digit is left to the functional parser to explain.</summary>
    private static string? InferScheme(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().TrimStart(" \t\u3000");
        char first = trimmed.IsEmpty ? '\0' : trimmed[0] is >= '０' and <= '９' ? (char)(trimmed[0] - '０' + '0') : trimmed[0];
        return first switch
        {
            '2' => Functional,
            '3' => Economic,
            '5' => EconomicGovernment,
            '1' or '4' or '6' or '7' or '8' or '9' => null,
            _ => Functional,
        };
    }
}
