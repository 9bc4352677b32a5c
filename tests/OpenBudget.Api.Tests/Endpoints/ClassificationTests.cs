using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class ClassificationTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> Get(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using HttpResponseMessage response = await _api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task A_functional_item_comes_with_its_official_name_level_and_parent()
    {
        JsonElement entry = await Get("/v1/classifications/functional/2026/2060404");
        Assert.Equal(
            ("科技成果转化与扩散", "item", "20604"),
            (entry.GetProperty("name").GetString(), entry.GetProperty("level").GetString(), entry.GetProperty("parent").GetString()));
    }

    [Fact]
    public async Task Chinese_is_the_default_and_no_english_label_is_added()
    {
        JsonElement entry = await Get("/v1/classifications/functional/2026/2060404");
        Assert.False(entry.TryGetProperty("nameEn", out _));
    }

    [Fact]
    public async Task Lang_en_adds_the_english_label_beside_the_chinese_name()
    {
        JsonElement entry = await Get("/v1/classifications/functional/2026/206?lang=en");
        Assert.Equal(("科学技术支出", true), (entry.GetProperty("name").GetString(), entry.GetProperty("nameEn").GetString()!.Length > 0));
    }

    [Fact]
    public async Task Accept_language_english_adds_the_english_label()
    {
        JsonElement entry = await Get("/v1/classifications/economic/2026/30227", "en-US,en;q=0.9,zh;q=0.5");
        Assert.Equal(("委托业务费", true), (entry.GetProperty("name").GetString(), entry.TryGetProperty("nameEn", out _)));
    }

    [Fact]
    public async Task Accept_language_chinese_first_keeps_chinese_only()
    {
        JsonElement entry = await Get("/v1/classifications/economic/2026/30227", "zh-CN,en;q=0.5");
        Assert.False(entry.TryGetProperty("nameEn", out _));
    }

    [Fact]
    public async Task The_government_economic_scheme_is_its_own_catalogue()
    {
        JsonElement entry = await Get("/v1/classifications/economic-government/2026/50101");
        Assert.Equal("工资奖金津补贴", entry.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_children_of_a_class_are_its_sections_in_code_order()
    {
        JsonElement children = await Get("/v1/classifications/functional/2026/206/children");
        string[] codes = [.. children.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(children.GetProperty("items").EnumerateArray(), e => Assert.Equal("section", e.GetProperty("level").GetString()));
        Assert.Contains("20604", codes);
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_problem_with_the_nearest_known_codes()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/classifications/functional/2026/2060498");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains(problem.GetProperty("nearest").EnumerateArray(), e => e.GetProperty("code").GetString() == "2060499");
    }

    [Fact]
    public async Task Text_that_is_not_a_code_is_a_400_problem_saying_why()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/classifications/functional/2026/20604x");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("'x'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/classifications/programme/2026/206")]
    [InlineData("/v1/classifications/functional/1999/206")]
    public async Task An_unknown_scheme_or_year_is_a_404_problem(string url)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync(url);
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_catalogue_entry_is_cached_and_varies_by_language()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/classifications/functional/2026/206");
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }
}
