using System.Net;
using System.Text.Json;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Tests.Endpoints;

/// <summary>Posted documents are checked against the disclosure schema before they are read; here with a small schema of the tests' own.</summary>
public sealed class SchemaCheckTests : IDisposable
{
    private static readonly string SchemaText = $$"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://openbudget.example.org/tests/disclosure-{{Guid.NewGuid():N}}.json",
          "type": "object",
          "properties": {
            "department": { "type": "string", "minLength": 1 },
            "fiscalYear": { "type": "integer", "minimum": 1000, "maximum": 9999 }
          },
          "required": ["department", "fiscalYear"]
        }
        """;

    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    private readonly ApiFactory _api = new(services: s => s.AddSingleton(new DisclosureSchema(Schema)));

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_document_breaking_the_schema_is_a_422_problem_with_the_pointer_of_each_fault()
    {
        string body = JsonSerializer.Serialize(new { department = "", fiscalYear = 26 });
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(body));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        string[] pointers = [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(["/department", "/fiscalYear"], pointers);
    }

    [Fact]
    public async Task A_document_the_schema_allows_goes_on_to_be_read_and_stored()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Validating_checks_the_schema_too()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json("{\"department\": \"x\"}"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("", problem.GetProperty("errors")[0].GetProperty("pointer").GetString());
    }
}
