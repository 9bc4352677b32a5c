using OpenBudget.Api.Contracts;
using OpenBudget.Import;

namespace OpenBudget.Api.Http;

/// <summary>Turns the library's import result into the API's account of it.</summary>
internal static class ImportSummaries
{
    internal static ImportSummary Of(string format, int? pageCount, ImportResult result)
    {
        ImportCoverage coverage = result.Coverage;
        return new ImportSummary(
            format,
            pageCount,
            result.IsComplete,
            new ImportCoverageSummary(
                coverage.Found,
                coverage.PlacedAsValues,
                coverage.KeptInText,
                coverage.Ratio,
                coverage.ToString(),
                [.. coverage.NotPlaced.Select(n => new UnplacedNumberEntry(n.Text, n.Line, n.Page, n.Context))]),
            [.. result.Diagnostics.Select(d => new ImportDiagnosticEntry(SeverityName(d.Severity), d.Code, d.Message, d.Line, d.Page, PagesOf(d, pageCount, coverage)))]);
    }

    /// <summary>The pages of a PDF that a diagnostic about no single line concerns.</summary>
    private static int[]? PagesOf(ImportDiagnostic diagnostic, int? pageCount, ImportCoverage coverage)
    {
        if (pageCount is not int pages || diagnostic.Page is not null)
        {
            return null;
        }

        return diagnostic.Code == ImportDiagnosticCodes.NumbersNotPlaced
            ? [.. coverage.NotPlaced.Where(n => n.Page is not null).Select(n => n.Page!.Value).Distinct().Order()]
            : [.. Enumerable.Range(1, pages)];
    }

    private static string SeverityName(ImportSeverity severity) => severity switch
    {
        ImportSeverity.Info => "info",
        ImportSeverity.Warning => "warning",
        ImportSeverity.Error => "error",
        _ => "fatal",
    };
}
