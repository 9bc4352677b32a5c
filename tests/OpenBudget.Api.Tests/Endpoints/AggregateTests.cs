using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class AggregateTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> Aggregate(string query)
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync($"/v1/aggregate?{query}"));
        return document.RootElement.Clone();
    }

    private static Dictionary<string, decimal> Amounts(JsonElement aggregate, string dimension)
        => aggregate.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetProperty(dimension).GetString() ?? "", c => c.GetProperty("amount").GetDecimal());

    [Fact]
    public async Task By_default_the_items_of_the_expenditure_table_are_added_so_classes_are_not_counted_twice()
    {
        JsonElement aggregate = await Aggregate("drilldown=functional.class");

        // Table 3's items in the total column, added by hand: 767.54 + 34.59 + 482.52 + 3941.09 + 364.68 + 1084.59, and 4.80.
        Assert.Equal(new Dictionary<string, decimal> { ["206"] = 6675.01m, ["215"] = 4.80m }, Amounts(aggregate, "functional.class"));
        Assert.Equal(6679.81m, aggregate.GetProperty("summary").GetProperty("amount").GetDecimal());
        Assert.Equal(7, aggregate.GetProperty("summary").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_answer_lists_the_default_cuts_that_scope_it()
    {
        JsonElement cut = (await Aggregate("cut=year:2026")).GetProperty("cut");
        Assert.Equal("budget", cut.GetProperty("phase").GetString());
        Assert.Equal("expenditure", cut.GetProperty("table").GetString());
        Assert.Equal("total", cut.GetProperty("column").GetString());
        Assert.Equal("item", cut.GetProperty("row").GetString());
        Assert.Equal("2026", cut.GetProperty("year").GetString());
    }

    [Fact]
    public async Task Amounts_keep_their_decimals_exactly()
    {
        JsonElement aggregate = await Aggregate("drilldown=functional.section&cut=functional.class:215");
        Assert.Equal("4.80", aggregate.GetProperty("cells")[0].GetProperty("amount").GetRawText());
    }

    [Fact]
    public async Task Several_drilldowns_group_by_each_and_cells_add_up_to_the_summary()
    {
        JsonElement aggregate = await Aggregate("drilldown=year|functional.section|region");
        JsonElement[] cells = [.. aggregate.GetProperty("cells").EnumerateArray()];
        Assert.Equal(5, cells.Length);
        Assert.All(cells, c => Assert.Equal("2026", c.GetProperty("key").GetProperty("year").GetString()));
        Assert.Equal(aggregate.GetProperty("summary").GetProperty("amount").GetDecimal(), cells.Sum(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal(1084.59m + 364.68m, Amounts(aggregate, "functional.section")["20605"]);
    }

    [Fact]
    public async Task Every_stored_disclosure_counts_once_by_its_current_revision()
    {
        HttpClient publisher = _api.Publisher();
        (await publisher.PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")))).EnsureSuccessStatusCode();
        (await publisher.PostAsync("/v1/disclosures", Samples.Json(ValidationTests.Inconsistent(Samples.Sample)))).EnsureSuccessStatusCode();

        JsonElement aggregate = await Aggregate("drilldown=disclosure");
        Assert.Equal(2, aggregate.GetProperty("summary").GetProperty("disclosures").GetInt32());
        Assert.Equal(2 * 6679.81m, aggregate.GetProperty("summary").GetProperty("amount").GetDecimal());
        Assert.Equal(6679.81m, Amounts(aggregate, "disclosure")[Samples.SampleId]);
    }

    [Fact]
    public async Task A_new_revision_replaces_the_rows_of_the_one_before()
    {
        Assert.Equal(6675.01m, Amounts(await Aggregate("drilldown=functional.class"), "functional.class")["206"]);
        BudgetDisclosure sample = Samples.Sample;
        DisclosureTable expenditure = sample.Table(TableKind.Expenditure)!;
        DisclosureTable corrected = expenditure with
        {
            Rows = [.. expenditure.Rows.Select(r => r.Functional?.ToString() == "2060101"
                ? r with { Cells = [.. r.Cells.Select(c => c.Column == "total" ? c with { Amount = Amount.Of(867.54m) } : c)] }
                : r)],
        };
        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(sample with { Tables = [.. sample.Tables.Select(t => t.Kind == TableKind.Expenditure ? corrected : t)] }))).EnsureSuccessStatusCode();

        JsonElement aggregate = await Aggregate("drilldown=functional.class");
        Assert.Equal(6775.01m, Amounts(aggregate, "functional.class")["206"]);
        Assert.Equal(1, aggregate.GetProperty("summary").GetProperty("disclosures").GetInt32());
    }

    [Theory]
    [InlineData("cut=region:6501", 6679.81)]
    [InlineData("cut=region:6502", 0)]
    [InlineData("cut=year:2025", 0)]
    [InlineData("cut=phase:final-accounts", 0)]
    [InlineData("cut=functional.class:206", 6675.01)]
    [InlineData("cut=functional.item:2060404", 3941.09)]
    [InlineData("cut=department:乌鲁木齐市科学技术局", 6679.81)]
    [InlineData("cut=column:basic", 1666.15)]
    [InlineData("cut=row:class", 6679.80)]
    [InlineData("cut=table:generalPublicBudgetBasicExpenditure|row:total", 1666.14)]
    public async Task Cuts_keep_the_rows_that_match(string query, double expected)
    {
        JsonElement aggregate = await Aggregate(query);
        Assert.Equal(decimal.Parse(expected.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), aggregate.GetProperty("summary").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_project_table_drills_down_by_budget_unit()
    {
        JsonElement aggregate = await Aggregate("drilldown=unit&cut=table:generalPublicBudgetProjectExpenditure");
        DisclosureTable projects = Samples.Sample.Table(TableKind.GeneralPublicBudgetProjectExpenditure)!;
        Dictionary<string, decimal> expected = projects.Rows.Where(r => r.Kind == RowKind.Project)
            .GroupBy(r => r.BudgetUnit!)
            .ToDictionary(g => g.Key, g => g.Sum(r => r["total"].ValueOrZero));
        Assert.Equal(expected, Amounts(aggregate, "unit"));
        Assert.Equal("project", aggregate.GetProperty("cut").GetProperty("row").GetString());
    }

    [Theory]
    [InlineData("cut=yaer:2026", "cut", "yaer:2026")]
    [InlineData("cut=year2026", "cut", "year2026")]
    [InlineData("cut=year:26", "cut", "year:26")]
    [InlineData("cut=year:2026|year:2025", "cut", "year:2025")]
    [InlineData("cut=year:2026||region:65", "cut", "")]
    [InlineData("cut=region:65x", "cut", "region:65x")]
    [InlineData("cut=functional.class:20", "cut", "functional.class:20")]
    [InlineData("cut=table:expenses", "cut", "table:expenses")]
    [InlineData("cut=row:leaf", "cut", "row:leaf")]
    [InlineData("cut=phase:draft", "cut", "phase:draft")]
    [InlineData("cut=disclosure:abc", "cut", "disclosure:abc")]
    [InlineData("cut=year:", "cut", "year:")]
    [InlineData("drilldown=functional.klass", "drilldown", "functional.klass")]
    [InlineData("drilldown=year|year", "drilldown", "year")]
    [InlineData("drilldown=year||unit", "drilldown", "")]
    public async Task A_bad_part_is_a_400_problem_naming_the_parameter_and_the_part(string query, string parameter, string part)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/aggregate?{query}");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(part, problem.GetProperty("part").GetString());
        Assert.Contains($"'{part}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_other_than_amount_is_a_400_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/aggregate?measure=count");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("measure", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Csv_by_suffix_and_by_accept_are_the_same_cells()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage bySuffix = await client.GetAsync("/v1/aggregate.csv?drilldown=functional.class");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/aggregate?drilldown=functional.class");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using HttpResponseMessage byAccept = await client.SendAsync(request);
        string csv = await bySuffix.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", bySuffix.Content.Headers.ContentType?.MediaType);
        Assert.Equal(csv, await byAccept.Content.ReadAsStringAsync());
        Assert.Equal("functional.class,amount,count,blankCount\r\n206,6675.01,6,0\r\n215,4.80,1,0\r\n", csv);
    }

    [Fact]
    public async Task An_answer_is_304_to_its_etag_until_something_is_published()
    {
        HttpClient client = _api.CreateClient();
        using HttpResponseMessage first = await client.GetAsync("/v1/aggregate?drilldown=year");
        EntityTagHeaderValue etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/v1/aggregate?drilldown=year");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Small("乌鲁木齐市财政局")))).EnsureSuccessStatusCode();
        using var after = new HttpRequestMessage(HttpMethod.Get, "/v1/aggregate?drilldown=year");
        after.Headers.IfNoneMatch.Add(etag);
        using HttpResponseMessage changed = await client.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await changed.Content.ReadAsStringAsync());
        Assert.Equal(2 * 6679.81m, body.RootElement.GetProperty("summary").GetProperty("amount").GetDecimal());
    }

    [Theory]
    [InlineData("/v1/aggregate")]
    [InlineData("/v1/aggregate.csv")]
    public async Task The_openapi_document_describes_the_parameters_with_examples(string path)
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/openapi/v1.json"));
        JsonElement parameters = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters");
        Dictionary<string, JsonElement> byName = parameters.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("functional.class|year", byName["drilldown"].GetProperty("example").GetString());
        Assert.Equal("year:2026|region:6501", byName["cut"].GetProperty("example").GetString());
        Assert.Contains("table:expenditure", byName["cut"].GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
