namespace OpenBudget.Api.Http;

/// <summary>Endpoint metadata that marks an endpoint as also serving text/csv, so the OpenAPI document lists both media types.</summary>
internal sealed class CsvMarker
{
    internal static readonly CsvMarker Instance = new();
}
