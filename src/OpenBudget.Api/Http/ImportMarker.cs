namespace OpenBudget.Api.Http;

/// <summary>Endpoint metadata that marks an endpoint as reading text and PDF bodies besides JSON, so the OpenAPI document lists their media types.</summary>
internal sealed class ImportMarker
{
    internal static readonly ImportMarker Instance = new();
}
