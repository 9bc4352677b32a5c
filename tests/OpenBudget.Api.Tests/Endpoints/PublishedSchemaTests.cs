using System.Text.Json;
using Json.Schema;

namespace OpenBudget.Api.Tests.Endpoints;

/// <summary>Every JSON response that has a published schema validates against it.</summary>
public sealed class PublishedSchemaTests : IDisposable
{
    private static readonly Lazy<JsonSchema> DisclosureSchema = new(() => Load("disclosure.v1.schema.json"));
    private static readonly Lazy<JsonSchema> ReportSchema = new(() => Load("validation-report.v1.schema.json"));

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static JsonSchema Load(string name)
        => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", name)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void AssertValid(JsonSchema schema, byte[] body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("/v1/disclosures/{id}")]
    [InlineData("/v1/disclosures/{id}/revisions/1")]
    public async Task Disclosures_validate_against_the_published_disclosure_schema(string url)
    {
        AssertValid(DisclosureSchema.Value, await _api.CreateClient().GetByteArrayAsync(url.Replace("{id}", Samples.SampleId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_published_revision_validates_against_the_published_disclosure_schema()
    {
        using HttpResponseMessage published = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(ValidationTests.Inconsistent(Samples.Sample)));
        AssertValid(DisclosureSchema.Value, await _api.CreateClient().GetByteArrayAsync(published.Headers.Location));
    }

    [Theory]
    [InlineData("/v1/disclosures/{id}/validation")]
    [InlineData("/v1/disclosures/{id}/revisions/1/validation")]
    public async Task Stored_reports_validate_against_the_published_report_schema(string url)
    {
        AssertValid(ReportSchema.Value, await _api.CreateClient().GetByteArrayAsync(url.Replace("{id}", Samples.SampleId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_report_of_a_posted_document_validates_against_the_published_report_schema()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(ValidationTests.Inconsistent(Samples.Sample)));
        AssertValid(ReportSchema.Value, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_report_and_disclosure_read_from_a_pdf_validate_against_the_published_schemas()
    {
        using var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", "putuo-commerce-2025-department.pdf")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using HttpResponseMessage published = await _api.Publisher().PostAsync("/v1/disclosures?region=310107&regionName=普陀区", content);
        using JsonDocument summary = JsonDocument.Parse(await published.Content.ReadAsByteArrayAsync());
        AssertValid(DisclosureSchema.Value, await _api.CreateClient().GetByteArrayAsync(published.Headers.Location));
        AssertValid(ReportSchema.Value, await _api.CreateClient().GetByteArrayAsync(summary.RootElement.GetProperty("links").GetProperty("validation").GetString()));
    }
}
