using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class TableTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static string TableUrl(string kind) => $"/v1/disclosures/{Samples.SampleId}/tables/{kind}";

    [Fact]
    public async Task A_table_as_json_is_the_library_serialization_of_that_table()
    {
        byte[] served = await _api.CreateClient().GetByteArrayAsync(TableUrl("expenditure"));
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(Samples.Sample.Table(TableKind.Expenditure)!, OpenBudgetJson.Context.DisclosureTable);
        Assert.Equal(expected, served);
    }

    [Fact]
    public async Task The_csv_suffix_gives_csv_with_a_header_of_column_keys()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync(TableUrl("expenditure.csv"));
        string[] lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kind,side,key,functional,economic,name,budgetUnit,project,total,basic,project", lines[0]);
    }

    [Fact]
    public async Task Accept_text_csv_gives_the_same_csv_as_the_suffix()
    {
        HttpClient client = _api.CreateClient();
        string bySuffix = await client.GetStringAsync(TableUrl("expenditure.csv"));
        using var request = new HttpRequestMessage(HttpMethod.Get, TableUrl("expenditure"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(bySuffix, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_csv_a_blank_cell_is_empty_and_amounts_keep_their_printed_decimals()
    {
        string csv = await _api.CreateClient().GetStringAsync(TableUrl("expenditure.csv"));
        Assert.Contains("item,,,2060101,,行政运行,,,767.54,767.54,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_rows_match_the_printed_rows_one_for_one()
    {
        string csv = await _api.CreateClient().GetStringAsync(TableUrl("generalPublicBudgetProjectExpenditure.csv"));
        int printedRows = Samples.Sample.Table(TableKind.GeneralPublicBudgetProjectExpenditure)!.Rows.Count;
        Assert.Equal(printedRows + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_404_problem_listing_the_kinds()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync(TableUrl("budgetOverview"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("generalPublicBudgetExpenditure", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_the_disclosure_does_not_print_is_a_404_problem_naming_what_it_prints()
    {
        using HttpResponseMessage published = await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")));
        string location = published.Headers.Location!.OriginalString;
        string id = location.Split('/')[3];
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/disclosures/{id}/tables/income");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("it prints expenditure", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accept_header_allowing_neither_json_nor_csv_is_a_406_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, TableUrl("expenditure"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
        using HttpResponseMessage response = await _api.CreateClient().SendAsync(request);
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Csv_is_utf8_so_chinese_names_survive()
    {
        byte[] csv = await _api.CreateClient().GetByteArrayAsync(TableUrl("expenditure.csv"));
        Assert.Contains("科学技术支出", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }
}
