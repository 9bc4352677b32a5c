using System.Net;
using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class DisclosureListTests : IDisposable
{
    private readonly ApiFactory _api = new(new() { ["OpenBudget:Limits:MaxPageSize"] = "2", ["OpenBudget:Limits:DefaultPageSize"] = "2" });

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("year=2026", 1)]
    [InlineData("year=2025", 0)]
    [InlineData("region=65", 1)]
    [InlineData("region=650100", 1)]
    [InlineData("region=110000", 0)]
    [InlineData("department=科学技术", 1)]
    [InlineData("department=财政局", 0)]
    [InlineData("phase=budget", 1)]
    [InlineData("phase=final-accounts", 0)]
    [InlineData("year=2026&region=65&phase=budget&department=科学技术局", 1)]
    public async Task Filters_keep_the_disclosures_that_match(string query, int expected)
    {
        using JsonDocument list = JsonDocument.Parse(await _api.CreateClient().GetStringAsync($"/v1/disclosures?{query}"));
        Assert.Equal(expected, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_error_filter_tells_disclosures_with_real_errors_from_those_with_rounding_only()
    {
        BudgetDisclosure other = Samples.Sample with { Department = "乌鲁木齐市财政局" };
        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(ValidationTests.Inconsistent(other)))).EnsureSuccessStatusCode();
        HttpClient client = _api.CreateClient();
        using JsonDocument withErrors = JsonDocument.Parse(await client.GetStringAsync("/v1/disclosures?hasErrors=true"));
        using JsonDocument withoutErrors = JsonDocument.Parse(await client.GetStringAsync("/v1/disclosures?hasErrors=false"));
        Assert.Equal("乌鲁木齐市财政局", withErrors.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("department").GetString());
        Assert.Equal("乌鲁木齐市科学技术局", withoutErrors.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("department").GetString());
    }

    [Theory]
    [InlineData("phase=draft", "phase")]
    [InlineData("region=65a", "region")]
    [InlineData("year=26", "year")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task A_bad_filter_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures?{query}");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_value_that_does_not_bind_is_a_400_problem_naming_it()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/disclosures?year=twenty");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("year", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_size_is_capped()
    {
        using JsonDocument list = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/v1/disclosures?pageSize=500"));
        Assert.Equal(2, list.RootElement.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Pages_link_to_their_neighbours()
    {
        HttpClient publisher = _api.Publisher();
        foreach (string department in new[] { "乌鲁木齐市财政局", "乌鲁木齐市教育局" })
        {
            (await publisher.PostAsync("/v1/disclosures", Samples.Json(Samples.Small(department)))).EnsureSuccessStatusCode();
        }

        HttpClient client = _api.CreateClient();
        using JsonDocument first = JsonDocument.Parse(await client.GetStringAsync("/v1/disclosures?year=2026"));
        JsonElement links = first.RootElement.GetProperty("links");
        Assert.False(links.TryGetProperty("prev", out _));
        using JsonDocument second = JsonDocument.Parse(await client.GetStringAsync(links.GetProperty("next").GetString()));
        Assert.Equal(
            (2, 1, false, "/v1/disclosures?year=2026&page=1&pageSize=2"),
            (second.RootElement.GetProperty("page").GetInt32(), second.RootElement.GetProperty("items").GetArrayLength(), second.RootElement.GetProperty("links").TryGetProperty("next", out _), second.RootElement.GetProperty("links").GetProperty("prev").GetString()));
    }

    [Fact]
    public async Task A_listing_answers_304_to_its_own_etag()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage first = await client.GetAsync("/v1/disclosures");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/disclosures");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using HttpResponseMessage second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
