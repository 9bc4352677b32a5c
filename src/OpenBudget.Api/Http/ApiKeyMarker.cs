namespace OpenBudget.Api.Http;

/// <summary>Endpoint metadata that marks an endpoint as needing an API key, so the OpenAPI document says so.</summary>
internal sealed class ApiKeyMarker
{
    internal static readonly ApiKeyMarker Instance = new();
}
