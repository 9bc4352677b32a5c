using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class DisclosureReadTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_fresh_store_lists_the_sample_under_its_derived_id()
    {
        using JsonDocument list = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/v1/disclosures"));
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(Samples.SampleId, list.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_served_bytes_are_the_library_serialization_of_the_disclosure()
    {
        byte[] served = await _api.CreateClient().GetByteArrayAsync($"/v1/disclosures/{Samples.SampleId}");
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(Samples.Sample), served);
    }

    [Fact]
    public async Task The_etag_is_the_sha256_of_the_served_bytes()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{Samples.SampleId}");
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        string expected = Convert.ToBase64String(SHA256.HashData(body)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal($"\"{expected}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_matching_If_None_Match_is_answered_304_without_a_body()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage first = await client.GetAsync($"/v1/disclosures/{Samples.SampleId}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/disclosures/{Samples.SampleId}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using HttpResponseMessage second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_stale_If_None_Match_is_answered_with_the_document()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/disclosures/{Samples.SampleId}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using HttpResponseMessage response = await _api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Reads_say_how_long_they_may_be_cached_and_are_open_to_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/disclosures/{Samples.SampleId}");
        request.Headers.Add("Origin", "https://portal.example.com");
        using HttpResponseMessage response = await _api.CreateClient().SendAsync(request);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: not null });
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_numbered_revision_is_cached_as_immutable()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{Samples.SampleId}/revisions/1");
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_compressed_answer_decompresses_to_the_same_bytes(string coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/disclosures/{Samples.SampleId}");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using HttpResponseMessage response = await _api.CreateClient().SendAsync(request);
        Assert.Equal(coding, response.Content.Headers.ContentEncoding.Single());
        using Stream compressed = await response.Content.ReadAsStreamAsync();
        using Stream plain = coding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await plain.CopyToAsync(copy);
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(Samples.Sample), copy.ToArray());
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/disclosures/650100-2026-budget-000000000000");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Equal("https://openbudget.example.org/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_malformed_id_is_a_404_problem_that_shows_what_ids_look_like()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/disclosures/urumqi");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("650100-2026-budget-", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_revision_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{Samples.SampleId}/revisions/2");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/nothing-here");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().DeleteAsync($"/v1/disclosures/{Samples.SampleId}");
        await ProblemAssert.IsProblem(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_revision_headers_link_the_history_and_the_report()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{Samples.SampleId}");
        Assert.Equal($"/v1/disclosures/{Samples.SampleId}/revisions/1", response.Content.Headers.ContentLocation?.OriginalString);
        Assert.Contains("rel=\"version-history\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }
}
