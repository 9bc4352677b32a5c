namespace OpenBudget.Api.Http;

/// <summary>Endpoint metadata that marks an endpoint as also serving text/csv, so the OpenAPI document lists both media types.</summary>
/// <param name="Description">What the CSV holds, as the OpenAPI document describes it.</param>
internal sealed record CsvMarker(string Description)
{
    internal static readonly CsvMarker Instance = new("RFC 4180 CSV with a header row: kind, side, key, functional, economic, name, budgetUnit, project, then the table's column keys.");
}
