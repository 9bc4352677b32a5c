using System.Net;
using System.Text.Json;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class LimitTests
{
    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_a_413_problem()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:MaxRequestBodyBytes"] = "4096" });
        using HttpResponseMessage response = await api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.FileBytes));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(4096, problem.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task A_streamed_body_growing_past_the_limit_is_a_413_problem()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:MaxRequestBodyBytes"] = "4096" });
        using var content = new StreamContent(new MemoryStream(Samples.FileBytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/disclosures") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Api-Key", ApiFactory.Key);
        using HttpResponseMessage response = await api.CreateClient().SendAsync(request);
        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Writes_past_the_per_client_rate_are_a_429_problem_with_retry_after()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:WritesPerMinute"] = "2" });
        HttpClient publisher = api.Publisher();
        for (int i = 0; i < 2; i++)
        {
            using HttpResponseMessage allowed = await publisher.PostAsync("/v1/disclosures", Samples.Json(Samples.Sample));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using HttpResponseMessage refused = await publisher.PostAsync("/v1/disclosures", Samples.Json(Samples.Sample));
        await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Reads_are_not_rate_limited()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:WritesPerMinute"] = "1" });
        HttpClient client = api.CreateClient();
        HttpStatusCode[] statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ => (await client.GetAsync($"/v1/disclosures/{Samples.SampleId}")).StatusCode));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("OpenBudget:ApiKeys:0", "short")]
    [InlineData("OpenBudget:Limits:MaxPageSize", "0")]
    [InlineData("OpenBudget:Limits:MaxJsonDepth", "1000")]
    public void A_wrong_setting_stops_the_service_on_start(string key, string value)
    {
        using var api = new ApiFactory(new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());
        Assert.Contains(key.Split(':')[^1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialized_disclosures_fit_under_the_default_depth_limit()
    {
        using JsonDocument document = JsonDocument.Parse(OpenBudgetJson.SerializeToUtf8Bytes(Samples.Sample), new JsonDocumentOptions { MaxDepth = new OpenBudget.Api.Options.LimitOptions().MaxJsonDepth });
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
