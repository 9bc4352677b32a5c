using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed partial class OpenApiDocumentTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task The_document_is_openapi_3_1_and_parses_without_errors()
    {
        string json = await _api.CreateClient().GetStringAsync("/openapi/v1.json");
        ReadResult result = OpenApiDocument.Parse(json, "json");
        Assert.Empty(result.Diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic.SpecificationVersion);
    }

    [Fact]
    public async Task The_document_lists_every_route_the_service_maps()
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/openapi/v1.json"));
        HashSet<string> documented = [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))];

        HashSet<string> mapped = [.. _api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/v1", StringComparison.Ordinal) || raw is "/healthz" || raw.StartsWith("/schemas", StringComparison.Ordinal)))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "}")}"))];

        Assert.Equal(mapped.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_describes_its_errors_as_problem_details()
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.All(operations, operation => Assert.Contains(
            operation.Value.GetProperty("responses").EnumerateObject(),
            response => response.Name[0] is '4' or '5' && response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _)));
    }

    [Fact]
    public async Task Publishing_is_documented_as_needing_the_api_key()
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/openapi/v1.json"));
        JsonElement post = document.RootElement.GetProperty("paths").GetProperty("/v1/disclosures").GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.Equal("X-Api-Key", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/v1/disclosures", "DisclosureList")]
    [InlineData("/v1/disclosures/{id}", "BudgetDisclosure")]
    [InlineData("/v1/disclosures/{id}/revisions", "RevisionList")]
    [InlineData("/v1/disclosures/{id}/tables/generalPublicBudgetProjectExpenditure", "DisclosureTable")]
    [InlineData("/v1/classifications/functional/2026/206?lang=en", "ClassificationEntryResponse")]
    [InlineData("/v1/classifications/functional/2026/206/children", "ClassificationChildrenResponse")]
    [InlineData("/v1/disclosures/{id}/validation", "ValidationReport")]
    [InlineData("/healthz", "HealthResponse")]
    public async Task Json_responses_validate_against_the_schemas_the_document_publishes(string url, string component)
    {
        HttpClient client = _api.CreateClient();
        JsonNode components = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["components"]!;
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://openbudget.example.org/tests/{component}-{Guid.NewGuid():N}",
            ["$ref"] = $"#/components/schemas/{component}",
            ["components"] = components.DeepClone(),
        };
        JsonSchema schema = JsonSchema.FromText(wrapper.ToJsonString());
        using JsonDocument body = JsonDocument.Parse(await client.GetStringAsync(url.Replace("{id}", Samples.SampleId, StringComparison.Ordinal)));
        EvaluationResults results = schema.Evaluate(body.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [GeneratedRegex(":[a-z]+}")]
    private static partial Regex Constraint();
}
