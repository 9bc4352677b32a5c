using System.Net;
using System.Text.Json;
using OpenBudget.Api.Contracts;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class CompareTests : IDisposable
{
    private const string Department = "乌鲁木齐市科学技术局";

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    /// <summary>The sample as a 2025 budget: total 6,000.00, class 206 at 5,995.20, section 20601 at 800.00, no class 215, and no carry-over table.</summary>
    internal static BudgetDisclosure Earlier()
    {
        BudgetDisclosure sample = Samples.Sample;
        DisclosureTable expenditure = sample.Table(TableKind.Expenditure)!;
        var lastYear = new Dictionary<string, decimal> { ["206"] = 5995.20m, ["20601"] = 800.00m };
        List<TableRow> rows = [];
        foreach (TableRow row in expenditure.Rows)
        {
            if (row.Functional?.ToString().StartsWith("215", StringComparison.Ordinal) == true)
            {
                continue;
            }

            decimal? total = row.Kind == RowKind.Total ? 6000.00m : row.Functional is { } code && lastYear.TryGetValue(code.ToString(), out decimal value) ? value : null;
            rows.Add(total is decimal t ? row with { Cells = [.. row.Cells.Select(c => c.Column == ColumnKeys.Total ? c with { Amount = Amount.Of(t) } : c)] } : row);
        }

        return sample with
        {
            FiscalYear = 2025,
            Title = "2025年乌鲁木齐市科学技术局部门预算公开",
            Tables = [.. sample.Tables.Where(t => t.Kind != TableKind.PriorYearCarryOver).Select(t => t.Kind == TableKind.Expenditure ? expenditure with { Rows = [.. rows] } : t)],
        };
    }

    private async Task PublishEarlier() => (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Earlier()))).EnsureSuccessStatusCode();

    private async Task<JsonElement> Compare(string query)
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync($"/v1/compare?{query}"));
        return document.RootElement.Clone();
    }

    private static JsonElement Line(JsonElement comparison, string code)
        => comparison.GetProperty("functional").EnumerateArray().Single(f => f.GetProperty("code").GetString() == code).GetProperty("amounts");

    private static JsonElement TableTotal(JsonElement comparison, string table)
        => comparison.GetProperty("tables").EnumerateArray().Single(f => f.GetProperty("table").GetString() == table).GetProperty("amounts");

    [Fact]
    public async Task Table_totals_change_by_the_difference_and_a_rate_rounded_to_two_places()
    {
        await PublishEarlier();
        JsonElement total = TableTotal(await Compare($"department={Department}&from=2025&to=2026"), "expenditure");

        // 6,679.80 − 6,000.00 = 679.80; 679.80 ÷ 6,000.00 = 11.33 %.
        Assert.Equal(6000.00m, total.GetProperty("from").GetDecimal());
        Assert.Equal(6679.80m, total.GetProperty("to").GetDecimal());
        Assert.Equal(679.80m, total.GetProperty("change").GetDecimal());
        Assert.Equal(11.33m, total.GetProperty("ratePercent").GetDecimal());
    }

    [Fact]
    public async Task Classes_and_sections_are_compared_code_by_code()
    {
        await PublishEarlier();
        JsonElement comparison = await Compare($"department={Department}&from=2025&to=2026");

        // 679.80 ÷ 5,995.20 = 11.3390…%, so 11.34.
        Assert.Equal(11.34m, Line(comparison, "206").GetProperty("ratePercent").GetDecimal());
        Assert.Equal("class", comparison.GetProperty("functional").EnumerateArray().First().GetProperty("level").GetString());
        Assert.Equal(["206", "20601", "20602", "20604", "20605", "215", "21502"], comparison.GetProperty("functional").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_rate_exactly_half_way_rounds_away_from_zero()
    {
        await PublishEarlier();

        // 802.12 − 800.00 = 2.12; 2.12 ÷ 800.00 = 0.265 %, which half-to-even would make 0.26.
        JsonElement section = Line(await Compare($"department={Department}&from=2025&to=2026"), "20601");
        Assert.Equal(2.12m, section.GetProperty("change").GetDecimal());
        Assert.Equal(0.27m, section.GetProperty("ratePercent").GetDecimal());
    }

    [Fact]
    public async Task A_line_one_year_does_not_print_is_blank_there_with_no_change()
    {
        await PublishEarlier();
        JsonElement comparison = await Compare($"department={Department}&from=2025&to=2026");
        JsonElement added = Line(comparison, "215");
        Assert.False(added.TryGetProperty("from", out _));
        Assert.Equal(4.80m, added.GetProperty("to").GetDecimal());
        Assert.False(added.TryGetProperty("change", out _));
        Assert.False(added.TryGetProperty("ratePercent", out _));
        Assert.False(TableTotal(comparison, "priorYearCarryOver").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task A_missing_year_leaves_every_earlier_amount_blank()
    {
        JsonElement comparison = await Compare($"department={Department}&from=2024&to=2026");
        Assert.False(comparison.TryGetProperty("fromDisclosure", out _));
        Assert.Equal(Samples.SampleId, comparison.GetProperty("toDisclosure").GetProperty("id").GetString());
        Assert.All(comparison.GetProperty("tables").EnumerateArray(), t => Assert.False(t.GetProperty("amounts").TryGetProperty("from", out _)));
        Assert.Equal(6679.80m, TableTotal(comparison, "expenditure").GetProperty("to").GetDecimal());
    }

    [Fact]
    public async Task Two_sided_tables_compare_the_expenditure_total()
    {
        await PublishEarlier();
        JsonElement comparison = await Compare($"department={Department}&from=2025&to=2026");
        Assert.Equal("expenditure", comparison.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "incomeExpenditureSummary").GetProperty("column").GetString());
        Assert.Equal(0m, TableTotal(comparison, "incomeExpenditureSummary").GetProperty("change").GetDecimal());
    }

    [Fact]
    public async Task Another_functional_table_can_be_compared()
    {
        await PublishEarlier();
        JsonElement comparison = await Compare($"department={Department}&from=2025&to=2026&table=generalPublicBudgetExpenditure");
        Assert.Equal("generalPublicBudgetExpenditure", comparison.GetProperty("functionalTable").GetString());
        Assert.Equal(0m, Line(comparison, "206").GetProperty("change").GetDecimal());
    }

    [Fact]
    public async Task A_department_with_no_disclosure_in_either_year_is_a_404_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync("/v1/compare?department=乌鲁木齐市财政局&from=2025&to=2026");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_name_stored_in_two_regions_needs_the_region()
    {
        (await _api.Publisher().PostAsync("/v1/disclosures", Samples.Json(Samples.Sample with { Region = new Region("650200", "克拉玛依市") }))).EnsureSuccessStatusCode();
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/compare?department={Department}&from=2025&to=2026");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("region", problem.GetProperty("parameter").GetString());
        Assert.Equal("650200", (await Compare($"department={Department}&region=650200&from=2025&to=2026")).GetProperty("region").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("from=2025&to=2026", "department")]
    [InlineData("department=x&to=2026", "from")]
    [InlineData("department=x&from=2025", "to")]
    [InlineData("department=x&from=25&to=2026", "from")]
    [InlineData("department=x&from=2026&to=2026", "to")]
    [InlineData("department=x&from=2025&to=2026&region=65", "region")]
    [InlineData("department=x&from=2025&to=2026&phase=draft", "phase")]
    [InlineData("department=x&from=2025&to=2026&table=threePublicExpenses", "table")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string query, string parameter)
    {
        using HttpResponseMessage response = await _api.CreateClient().GetAsync($"/v1/compare?{query}");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData(200.00, 199.47, -0.53, -0.27)]
    [InlineData(800.00, 802.12, 2.12, 0.27)]
    [InlineData(3.00, 4.00, 1.00, 33.33)]
    [InlineData(3.00, 5.00, 2.00, 66.67)]
    public void Rates_are_rounded_half_away_from_zero(double from, double to, double change, double rate)
    {
        YearChange result = YearChange.Of((decimal)from, (decimal)to);
        Assert.Equal((decimal)change, result.Change);
        Assert.Equal((decimal)rate, result.RatePercent);
    }

    [Fact]
    public void A_zero_earlier_amount_has_a_change_but_no_rate()
    {
        YearChange result = YearChange.Of(0.00m, 5.00m);
        Assert.Equal(5.00m, result.Change);
        Assert.Null(result.RatePercent);
    }
}
