using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary>Writes a <see cref="ValidationReport"/> for people: the summary, then the findings grouped by verdict (errors first) and by table or part of the disclosure.</summary>
internal static class ValidationReportText
{
    internal static void Write(BudgetDisclosure disclosure, ValidationReport report, TextWriter output)
    {
        ReportSummary summary = report.Summary;
        VerdictCounts counts = summary.Counts;
        string verdict = summary.Valid ? "valid, no error" : $"INVALID, {Count(counts.Error, "error")}";
        output.WriteLine($"{report.Department} {report.FiscalYear}: {verdict}{(summary.Strict ? " (strict: every difference is an error)" : "")}.");
        output.WriteLine(
            $"{Count(summary.Findings, "finding")}: {Count(counts.Error, "error")}, {Count(counts.Mismatch, "name or code mismatch", "name or code mismatches")}, "
            + $"{Count(counts.Rounding, "rounding difference")}; {summary.ChecksRun.ToString("N0", CultureInfo.InvariantCulture)} checks by {Count(summary.RulesRun.Count, "rule")}, {summary.RulesSkipped.Count} skipped.");

        WriteVerdict(disclosure, report, Verdict.Error, "Errors: differences rounding does not explain", output);
        WriteVerdict(disclosure, report, Verdict.Mismatch, "Mismatches: names and codes", output);
        WriteVerdict(disclosure, report, Verdict.Rounding, "Rounding: differences within half a unit of the last printed digit per figure", output);

        if (summary.RulesSkipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Skipped rules");
            foreach (SkippedRule skipped in summary.RulesSkipped)
            {
                output.WriteLine($"  {skipped.RuleId}  {skipped.Reason}");
            }
        }
    }

    private static void WriteVerdict(BudgetDisclosure disclosure, ValidationReport report, Verdict verdict, string title, TextWriter output)
    {
        Finding[] findings = [.. report.Findings.Where(f => f.Verdict == verdict)];
        if (findings.Length == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title} ({findings.Length})");
        foreach (IGrouping<string, Finding> group in findings.GroupBy(f => Part(disclosure, f.Location.JsonPointer)))
        {
            output.WriteLine($"  {group.Key}");
            foreach (Finding finding in group)
            {
                string page = finding.Location.Page is int number ? string.Create(CultureInfo.InvariantCulture, $" (p. {number})") : "";
                output.WriteLine($"    {finding.RuleId}{page}  {finding.Message}");
                output.WriteLine($"            {finding.MessageZh}");
            }
        }
    }

    /// <summary>Names the table or part of the disclosure a pointer is in: "表2 部门收入总体情况表", "情况说明 (explanations)".</summary>
    private static string Part(BudgetDisclosure disclosure, string pointer)
    {
        string[] tokens = pointer.Split('/');
        string first = tokens.Length > 1 ? tokens[1] : "";
        if (first == "tables" && tokens.Length > 2 && int.TryParse(tokens[2], NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < disclosure.Tables.Count)
        {
            DisclosureTable table = disclosure.Tables[index];
            string number = string.IsNullOrEmpty(table.Number) ? "" : (table.Number.StartsWith('表') ? table.Number : "表" + table.Number) + " ";
            return number + table.Title;
        }

        return first switch
        {
            "explanations" => "情况说明 (explanations)",
            "performance" => "绩效目标表 (performance targets)",
            "overview" => "部门概况 (overview)",
            _ => "其他 (other)",
        };
    }

    private static string Count(int n, string singular, string? plural = null)
        => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? singular : plural ?? singular + "s")}";
}
