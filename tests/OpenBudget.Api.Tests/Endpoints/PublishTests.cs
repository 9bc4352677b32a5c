using System.Net;
using System.Text;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class PublishTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static BudgetDisclosure Changed(BudgetDisclosure disclosure, string title) => disclosure with { Title = title };

    [Fact]
    public async Task Publishing_without_a_key_is_a_401_problem_naming_the_header()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_with_a_wrong_key_is_a_403_problem()
    {
        HttpClient client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-0123456789");
        using HttpResponseMessage response = await client.PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Publishing_is_refused_when_no_key_is_configured()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:ApiKeys:0"] = null });
        HttpClient client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Key);
        using HttpResponseMessage response = await client.PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains("no API keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_disclosure_is_created_and_served_at_its_location()
    {
        BudgetDisclosure disclosure = Samples.Small("乌鲁木齐市财政局");
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(disclosure));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        byte[] served = await _api.CreateClient().GetByteArrayAsync(response.Headers.Location);
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(disclosure), served);
    }

    [Fact]
    public async Task Publishing_again_adds_a_revision_and_keeps_the_earlier_one_readable()
    {
        HttpClient publisher = _api.Publisher();
        BudgetDisclosure second = Changed(Samples.Sample, "2026年乌鲁木齐市科学技术局部门预算公开（更正）");
        using HttpResponseMessage response = await publisher.PostAsync("/v1/disclosures", Samples.Json(second));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/v1/disclosures/{Samples.SampleId}/revisions/2", response.Headers.Location?.OriginalString);

        HttpClient client = _api.CreateClient();
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(second), await client.GetByteArrayAsync($"/v1/disclosures/{Samples.SampleId}"));
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(Samples.Sample), await client.GetByteArrayAsync($"/v1/disclosures/{Samples.SampleId}/revisions/1"));
    }

    [Fact]
    public async Task The_revision_list_holds_every_revision_oldest_first()
    {
        HttpClient publisher = _api.Publisher();
        for (int i = 2; i <= 3; i++)
        {
            (await publisher.PostAsync("/v1/disclosures", Samples.Json(Changed(Samples.Sample, $"版本{i}")))).EnsureSuccessStatusCode();
        }

        using JsonDocument revisions = JsonDocument.Parse(await _api.CreateClient().GetStringAsync($"/v1/disclosures/{Samples.SampleId}/revisions"));
        int[] numbers = [.. revisions.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32())];
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal(3, revisions.RootElement.GetProperty("currentRevision").GetInt32());
    }

    [Fact]
    public async Task Publishing_the_current_document_again_stores_nothing_and_answers_200()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Sample));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument revisions = JsonDocument.Parse(await _api.CreateClient().GetStringAsync($"/v1/disclosures/{Samples.SampleId}/revisions"));
        Assert.Equal(1, revisions.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_document_with_inconsistent_numbers_is_stored_as_published()
    {
        BudgetDisclosure sample = Samples.Sample;
        DisclosureTable expenditure = sample.Table(TableKind.Expenditure)!;
        TableRow total = expenditure.Rows[^1];
        TableRow wrong = total with { Cells = [.. total.Cells.Select(c => c.Column == ColumnKeys.Total ? c with { Amount = Amount.Of(9999.99m) } : c)] };
        DisclosureTable broken = expenditure with { Rows = [.. expenditure.Rows.Take(expenditure.Rows.Count - 1), wrong] };
        BudgetDisclosure inconsistent = sample with { Tables = [.. sample.Tables.Select(t => t.Kind == TableKind.Expenditure ? broken : t)] };

        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(inconsistent));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(inconsistent), await _api.CreateClient().GetByteArrayAsync($"/v1/disclosures/{Samples.SampleId}"));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_with_its_line_and_position()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json("{\n  \"department\": \"x\",\n  \"fiscalYear\": ,\n}"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal((3, 17), (problem.GetProperty("line").GetInt32(), problem.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_422_problem_pointing_at_it()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json("{\n  \"department\": \"x\",\n  \"fiscalYear\": \"2026\"\n}"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == "/fiscalYear");
    }

    [Fact]
    public async Task An_unknown_property_is_a_422_problem()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json("{\"department\": \"x\", \"budgetTotal\": 1}"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("budgetTotal", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disclosure_without_a_region_is_a_422_problem_pointing_at_region()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局") with { Region = null }));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("/region", problem.GetProperty("errors")[0].GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task A_body_that_is_neither_json_text_nor_pdf_is_a_415_problem_naming_what_is_read()
    {
        using var content = new StringContent("<disclosure>2026年乌鲁木齐市科学技术局部门预算公开</disclosure>", Encoding.UTF8, "application/xml");
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", content);
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(
            (true, true, true),
            (problem.GetProperty("detail").GetString()!.Contains("application/xml", StringComparison.Ordinal),
             problem.GetProperty("detail").GetString()!.Contains("text/plain", StringComparison.Ordinal),
             problem.GetProperty("detail").GetString()!.Contains("application/pdf", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_limit_is_a_400_problem()
    {
        string deep = new string('[', 200) + new string(']', 200);
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(deep));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("deeper than the 32 levels", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_document_leaves_the_store_as_it_was()
    {
        HttpClient client = _api.CreateClient();
        string before = await client.GetStringAsync($"/v1/disclosures/{Samples.SampleId}/revisions");
        byte[] broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(OpenBudgetJson.SerializeToUtf8Bytes(Samples.Sample)).Replace("\"phase\": \"budget\"", "\"phase\": \"draft\"", StringComparison.Ordinal));
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(broken));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await client.GetStringAsync($"/v1/disclosures/{Samples.SampleId}/revisions"));
    }
}
