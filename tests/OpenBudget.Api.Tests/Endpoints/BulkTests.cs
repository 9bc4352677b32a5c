using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenBudget.Export;
using Parquet;
using Parquet.Schema;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class BulkTests : IDisposable
{
    private readonly ApiFactory _api;

    public BulkTests()
    {
        BulkFolder = Path.Combine(Path.GetTempPath(), "openbudget-api-tests", Guid.NewGuid().ToString("N"), "downloads");
        _api = new ApiFactory(new() { ["OpenBudget:Bulk:Path"] = BulkFolder });
    }

    private string BulkFolder { get; }

    public void Dispose()
    {
        _api.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(BulkFolder)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<Dictionary<string, JsonElement>> Index()
    {
        using JsonDocument index = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/v1/bulk"));
        return index.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }

    private static async Task<long> ParquetRowCount(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        long rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        return rows;
    }

    [Fact]
    public async Task The_index_lists_four_files_per_year_with_links()
    {
        Dictionary<string, JsonElement> files = await Index();
        Assert.Equal(
            ["openbudget-2026-amounts.csv", "openbudget-2026-amounts.parquet", "openbudget-2026-findings.csv", "openbudget-2026-findings.parquet"],
            files.Keys.Order(StringComparer.Ordinal));
        JsonElement parquet = files["openbudget-2026-amounts.parquet"];
        Assert.Equal(2026, parquet.GetProperty("year").GetInt32());
        Assert.Equal("/v1/bulk/openbudget-2026-amounts.parquet", parquet.GetProperty("links").GetProperty("self").GetString());
        Assert.Equal("/v1/bulk/openbudget-2026-amounts.parquet.sha256", parquet.GetProperty("links").GetProperty("checksum").GetString());
    }

    [Fact]
    public async Task Every_file_matches_the_size_and_checksum_the_index_and_its_checksum_file_give()
    {
        HttpClient client = _api.CreateClient();
        foreach ((string name, JsonElement entry) in await Index())
        {
            byte[] bytes = await client.GetByteArrayAsync($"/v1/bulk/{name}");
            string sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Equal(entry.GetProperty("size").GetInt64(), bytes.Length);
            Assert.Equal(entry.GetProperty("sha256").GetString(), sha256);
            Assert.Equal($"{sha256}  {name}\n", await client.GetStringAsync($"/v1/bulk/{name}.sha256"));
        }
    }

    [Fact]
    public async Task The_amounts_hold_one_row_per_printed_cell_in_csv_and_in_parquet()
    {
        HttpClient client = _api.CreateClient();
        int cells = TidyExport.Rows(Samples.Sample).Count();
        string csv = await client.GetStringAsync("/v1/bulk/openbudget-2026-amounts.csv");
        Assert.Equal(cells + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(string.Join(',', TidyAmountColumns.All.Select(c => c.Name)) + "\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(cells, await ParquetRowCount(await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.parquet")));
    }

    [Fact]
    public async Task The_parquet_amounts_read_back_with_the_disclosure_ids_the_api_serves()
    {
        byte[] bytes = await _api.CreateClient().GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.parquet");
        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField id = reader.Schema.GetDataFields().Single(f => f.Name == "disclosure_id");
        using ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        string?[] ids = new string?[group.RowCount];
        await group.ReadAsync(id, ids.AsMemory());
        Assert.All(ids, value => Assert.Equal(Samples.SampleId, value));
        Assert.Equal("https://openbudget.example.org/schemas/tidy-amounts.v1.schema.json", reader.CustomMetadata["openbudget.schema"]);
    }

    [Fact]
    public async Task The_findings_parquet_holds_as_many_rows_as_the_findings_csv()
    {
        HttpClient client = _api.CreateClient();
        Dictionary<string, JsonElement> files = await Index();
        string csv = await client.GetStringAsync("/v1/bulk/openbudget-2026-findings.csv");
        long csvRows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.True(csvRows > 0);
        Assert.Equal(csvRows, files["openbudget-2026-findings.csv"].GetProperty("rows").GetInt64());
        Assert.Equal(csvRows, await ParquetRowCount(await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-findings.parquet")));
    }

    [Fact]
    public async Task After_a_publication_the_years_files_change_and_still_verify()
    {
        HttpClient client = _api.CreateClient();
        Dictionary<string, JsonElement> before = await Index();
        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")))).EnsureSuccessStatusCode();
        Dictionary<string, JsonElement> after = await Index();

        JsonElement amounts = after["openbudget-2026-amounts.parquet"];
        Assert.NotEqual(before["openbudget-2026-amounts.parquet"].GetProperty("sha256").GetString(), amounts.GetProperty("sha256").GetString());
        int added = TidyExport.Rows(Samples.Small("乌鲁木齐市财政局")).Count();
        Assert.Equal(before["openbudget-2026-amounts.parquet"].GetProperty("rows").GetInt64() + added, amounts.GetProperty("rows").GetInt64());

        byte[] bytes = await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.parquet");
        Assert.Equal(amounts.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(amounts.GetProperty("rows").GetInt64(), await ParquetRowCount(bytes));
        string line = await client.GetStringAsync("/v1/bulk/openbudget-2026-amounts.parquet.sha256");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), line.Split("  ")[0]);
    }

    [Fact]
    public async Task A_second_year_gets_files_of_its_own_and_the_first_years_files_are_not_rewritten()
    {
        await Index();
        string first = Path.Combine(BulkFolder, "openbudget-2026-amounts.csv");
        DateTime written = File.GetLastWriteTimeUtc(first);
        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Sample with { FiscalYear = 2025, Title = "2025年乌鲁木齐市科学技术局部门预算公开" }))).EnsureSuccessStatusCode();

        Dictionary<string, JsonElement> files = await Index();
        Assert.Contains("openbudget-2025-findings.parquet", files.Keys);
        Assert.Equal(written, File.GetLastWriteTimeUtc(first));
    }

    [Fact]
    public async Task Files_are_written_once_not_on_every_request_and_no_temporary_file_is_left()
    {
        HttpClient client = _api.CreateClient();
        await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.csv");
        string path = Path.Combine(BulkFolder, "openbudget-2026-amounts.csv");
        DateTime written = File.GetLastWriteTimeUtc(path);
        await Index();
        await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.csv");
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Empty(Directory.GetFiles(BulkFolder, "*.tmp"));
        Assert.True(File.Exists(path + ".sha256"));
    }

    [Fact]
    public async Task A_restarted_service_reuses_current_files_and_rewrites_stale_ones()
    {
        string store = Path.Combine(Path.GetDirectoryName(BulkFolder)!, "shared.db");
        var settings = new Dictionary<string, string?> { ["OpenBudget:Store:Path"] = store, ["OpenBudget:Bulk:Path"] = BulkFolder };
        string path = Path.Combine(BulkFolder, "openbudget-2026-amounts.parquet");
        using (var first = new ApiFactory(settings))
        {
            await first.CreateClient().GetStringAsync("/v1/bulk");
        }

        DateTime written = File.GetLastWriteTimeUtc(path);
        using (var second = new ApiFactory(settings))
        {
            await second.CreateClient().GetStringAsync("/v1/bulk");
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
            (await second.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")))).EnsureSuccessStatusCode();
        }

        using var third = new ApiFactory(settings);
        using JsonDocument index = JsonDocument.Parse(await third.CreateClient().GetStringAsync("/v1/bulk"));
        JsonElement amounts = index.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "openbudget-2026-amounts.parquet");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), amounts.GetProperty("sha256").GetString());
        Assert.Equal(2, amounts.GetProperty("storeVersion").GetInt64());
    }

    [Fact]
    public async Task A_range_request_gets_those_bytes_and_the_etag_is_the_checksum()
    {
        HttpClient client = _api.CreateClient();
        byte[] whole = await client.GetByteArrayAsync("/v1/bulk/openbudget-2026-amounts.parquet");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/bulk/openbudget-2026-amounts.parquet");
        request.Headers.Range = new RangeHeaderValue(4, 13);
        using HttpResponseMessage partial = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(whole[4..14], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(whole))}\"", partial.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_file_answers_304_to_its_etag()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage first = await client.GetAsync("/v1/bulk/openbudget-2026-findings.csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/bulk/openbudget-2026-findings.csv");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using HttpResponseMessage second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("openbudget-2026-amounts.xlsx")]
    [InlineData("openbudget-2026.manifest.json")]
    [InlineData("openbudget-1999-amounts.csv")]
    [InlineData("..%2Fstore.db")]
    public async Task An_unknown_file_is_a_404_problem(string name)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/bulk/{name}");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_files_are_served_as_csv_and_parquet_as_parquet()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage csv = await client.GetAsync("/v1/bulk/openbudget-2026-findings.csv");
        using HttpResponseMessage parquet = await client.GetAsync("/v1/bulk/openbudget-2026-findings.parquet");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.apache.parquet", parquet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.ASCII.GetBytes("PAR1"), (await parquet.Content.ReadAsByteArrayAsync())[..4]);
    }
}
