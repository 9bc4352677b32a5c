using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Import;

namespace OpenBudget.Api.Http;

/// <summary>The query parameters that tell the import of a text or PDF body what the document does not print: its region (disclosures print no division code) and, when it is printed wrongly, its fiscal year.</summary>
internal static class ImportQuery
{
    internal const string Description = "A body may be the disclosure's JSON (application/json), its text (text/plain, UTF-8, e.g. from pdftotext -layout) or its published PDF (application/pdf). Text and PDF are imported by the library; the answer then carries the import's diagnostics and coverage figure (`import`), and for a PDF every diagnostic about a line and every finding's location names its page. Disclosures print no administrative division code, so a text or PDF to be published needs `region` and `regionName`; `fiscalYear` overrides the year the document prints. These parameters are ignored for JSON.";

    /// <summary>Builds the import options from the query, or the problem with it.</summary>
    internal static ProblemDetails? TryCreate(string? region, string? regionName, int? fiscalYear, out ImportOptions options)
    {
        options = ImportOptions.Default;
        if (region is not null && !DisclosureId.IsRegionCode(region))
        {
            return Problems.InvalidParameter("region", $"region='{region}' is not a six-digit administrative division code (行政区划代码), e.g. 310107.");
        }

        if ((region is null) != string.IsNullOrWhiteSpace(regionName))
        {
            return region is null
                ? Problems.InvalidParameter("region", "regionName is given without region; give both, e.g. region=310107&regionName=普陀区.")
                : Problems.InvalidParameter("regionName", $"region={region} is given without regionName; give both, e.g. region=310107&regionName=普陀区.");
        }

        if (fiscalYear is < 1000 or > 9999)
        {
            return Problems.InvalidParameter("fiscalYear", $"fiscalYear={fiscalYear} is not a four-digit fiscal year.");
        }

        options = new ImportOptions
        {
            Region = region is null ? null : new Region(region, regionName!.Trim()),
            FiscalYear = fiscalYear,
        };
        return null;
    }
}
