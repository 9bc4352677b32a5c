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
        Assert.Equal(OpenBudget.Validation.DisclosureValidator.Rules.Count, health.RootElement.GetProperty("validationRules").GetInt32());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Theory]
    [InlineData("disclosure.v1.schema.json")]
    [InlineData("validation-report.v1.schema.json")]
    public async Task Each_published_schema_is_served_at_the_path_its_id_names(string name)
    {
        byte[] file = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "schemas", name));
        using JsonDocument schema = JsonDocument.Parse(file);
        var id = new Uri(schema.RootElement.GetProperty("$id").GetString()!);
        using HttpResponseMessage response = await _api.CreateClient().GetAsync(id.AbsolutePath);
        Assert.Equal(file, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
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
