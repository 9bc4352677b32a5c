using System.Collections.Concurrent;
using System.Net;
using OpenBudget.Api.Representations;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly ApiFactory _api = new(new() { ["OpenBudget:Limits:WritesPerMinute"] = "1000" });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Parallel_reads_while_publishing_always_see_one_whole_revision()
    {
        BudgetDisclosure[] versions = [.. Enumerable.Range(2, 8).Select(i => Samples.Sample with { Title = $"版本{i}" })];
        HashSet<string> whole = [.. versions.Prepend(Samples.Sample).Select(v => Convert.ToBase64String(OpenBudgetJson.SerializeToUtf8Bytes(v)))];
        var seen = new ConcurrentBag<(HttpStatusCode Status, string Body, bool TagMatches)>();
        using var writing = new CancellationTokenSource();

        HttpClient reader = _api.CreateClient();
        Task[] readers = [.. Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                using HttpResponseMessage response = await reader.GetAsync($"/v1/disclosures/{Samples.SampleId}");
                byte[] body = await response.Content.ReadAsByteArrayAsync();
                seen.Add((response.StatusCode, Convert.ToBase64String(body), response.Headers.ETag?.Tag == Representation.TagOf(body)));
            }
        }))];

        HttpClient publisher = _api.Publisher();
        foreach (BudgetDisclosure version in versions)
        {
            using HttpResponseMessage published = await publisher.PostAsync("/v1/disclosures", Samples.Json(version));
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        }

        await writing.CancelAsync();
        await Task.WhenAll(readers);

        Assert.NotEmpty(seen);
        Assert.All(seen, read => Assert.Equal((HttpStatusCode.OK, true, true), (read.Status, whole.Contains(read.Body), read.TagMatches)));
        Assert.Equal(OpenBudgetJson.SerializeToUtf8Bytes(versions[^1]), await reader.GetByteArrayAsync($"/v1/disclosures/{Samples.SampleId}"));
    }

    [Fact]
    public async Task Parallel_publishers_of_one_disclosure_lose_no_revision()
    {
        HttpClient publisher = _api.Publisher();
        HttpStatusCode[] statuses = await Task.WhenAll(Enumerable.Range(2, 10).Select(async i =>
            (await publisher.PostAsync("/v1/disclosures", Samples.Json(Samples.Sample with { Title = $"并发{i}" }))).StatusCode));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));

        HttpClient client = _api.CreateClient();
        for (int revision = 1; revision <= 11; revision++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/v1/disclosures/{Samples.SampleId}/revisions/{revision}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
