using System.Net;
using System.Text.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class HealthAndSchemaTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Healthz_reports_the_store_and_is_never_cached()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/healthz");
        using JsonDocument health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(("ok", 1), (health.RootElement.GetProperty("status").GetString(), health.RootElement.GetProperty("disclosures").GetInt32()));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task An_unpublished_schema_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/schemas/nothing.v1.schema.json");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_interactive_docs_are_served_at_docs()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/docs");
        Assert.Equal(("text/html", true), (response.Content.Headers.ContentType?.MediaType, (await response.Content.ReadAsStringAsync()).Contains("openapi/v1.json", StringComparison.Ordinal)));
    }
}
