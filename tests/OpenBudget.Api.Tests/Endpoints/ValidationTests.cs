using System.Net;
using System.Text.Json;

namespace OpenBudget.Api.Tests.Endpoints;

/// <summary>The validator has not landed in this build: the validation endpoints say so with 503, after the usual checks of id and body.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/v1/disclosures/{0}/validation")]
    [InlineData("/v1/disclosures/{0}/revisions/1/validation")]
    public async Task The_report_of_a_stored_disclosure_is_a_503_problem_saying_the_validator_is_missing(string template)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Samples.SampleId));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("https://openbudget.example.org/problems/validator-unavailable", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_report_of_an_unknown_disclosure_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/disclosures/650100-2026-budget-000000000000/validation");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validating_needs_no_key_and_answers_503_for_a_readable_disclosure()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(Samples.FileBytes));
        await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Validating_malformed_json_is_a_400_problem_before_anything_else()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json("{\"department\": "));
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Validating_stores_nothing()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        using JsonDocument list = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/v1/disclosures"));
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
    }
}
