using System.Net;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class ValidationTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static byte[] ReportBytes(BudgetDisclosure disclosure)
        => JsonSerializer.SerializeToUtf8Bytes(new DisclosureValidator().Validate(disclosure), OpenBudgetJson.TypeInfo<ValidationReport>());

    /// <summary>The sample with table 3's grand total changed from 6,679.80 to 6,779.80: a real error, not rounding.</summary>
    internal static BudgetDisclosure Inconsistent(BudgetDisclosure sample)
    {
        DisclosureTable expenditure = sample.Table(TableKind.Expenditure)!;
        TableRow total = expenditure.Rows[^1];
        TableRow wrong = total with { Cells = [.. total.Cells.Select(c => c.Column == ColumnKeys.Total ? c with { Amount = Amount.Of(c.Amount.Value + 100.00m) } : c)] };
        DisclosureTable broken = expenditure with { Rows = [.. expenditure.Rows.Take(expenditure.Rows.Count - 1), wrong] };
        return sample with { Tables = [.. sample.Tables.Select(t => t.Kind == TableKind.Expenditure ? broken : t)] };
    }

    [Theory]
    [InlineData("/v1/disclosures/{0}/validation")]
    [InlineData("/v1/disclosures/{0}/revisions/1/validation")]
    public async Task The_report_of_a_stored_disclosure_is_the_validators_report_of_it(string template)
    {
        byte[] served = await _api.CreateClient().GetByteArrayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Samples.SampleId));
        Assert.Equal(ReportBytes(Samples.Sample), served);
    }

    [Fact]
    public async Task A_report_answers_304_to_its_own_etag()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage first = await client.GetAsync($"/v1/disclosures/{Samples.SampleId}/validation");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/disclosures/{Samples.SampleId}/validation");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using HttpResponseMessage second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_report_of_an_unknown_disclosure_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/disclosures/650100-2026-budget-000000000000/validation");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_of_an_unknown_revision_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{Samples.SampleId}/revisions/9/validation");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validating_needs_no_key_and_answers_with_the_validators_report()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(Samples.FileBytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DisclosureValidator().Validate(Samples.Sample), JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), OpenBudgetJson.TypeInfo<ValidationReport>()));
    }

    [Fact]
    public async Task Validating_an_inconsistent_document_finds_the_error_where_it_is()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(Inconsistent(Samples.Sample)));
        ValidationReport report = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), OpenBudgetJson.TypeInfo<ValidationReport>())!;
        int table = Samples.Sample.Tables.ToList().FindIndex(t => t.Kind == TableKind.Expenditure);
        Assert.False(report.Summary.Valid);
        Assert.Contains(report.Findings, f => f.Verdict == Verdict.Error && f.Location.JsonPointer.StartsWith($"/tables/{table}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validating_malformed_json_is_a_400_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json("{\"department\": "));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Validating_stores_nothing()
    {
        (await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(Samples.Small("乌鲁木齐市财政局")))).EnsureSuccessStatusCode();
        using JsonDocument list = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/v1/disclosures"));
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_inconsistent_document_is_stored_with_its_findings_and_listed_as_having_errors()
    {
        using HttpResponseMessage published = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Inconsistent(Samples.Sample)));
        using JsonDocument summary = JsonDocument.Parse(await published.Content.ReadAsStringAsync());
        Assert.True(summary.RootElement.GetProperty("hasErrors").GetBoolean());
        byte[] report = await _api.CreateClient().GetByteArrayAsync(summary.RootElement.GetProperty("links").GetProperty("validation").GetString());
        Assert.Equal(ReportBytes(Inconsistent(Samples.Sample)), report);
    }
}
