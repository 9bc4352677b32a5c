using Json.Schema;
using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;

namespace OpenBudget.Tests.Json;

/// <summary>The hand-checked sample (tests/fixtures/sample/urumqi-science-2026.json) against the schema, through a round trip, and at points checked against the printed document.</summary>
public class SampleDisclosureJsonTests
{
    private static readonly Lazy<byte[]> SampleBytes = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json")));

    private static readonly Lazy<BudgetDisclosure> Sample = new(() => OpenBudgetJson.Deserialize(SampleBytes.Value));

    [Fact]
    public void The_sample_is_valid_under_the_published_schema()
    {
        EvaluationResults results = DisclosureSchema.Evaluate(SampleBytes.Value);
        Assert.True(results.IsValid, DisclosureSchema.Errors(results));
    }

    [Fact]
    public void Writing_the_sample_and_reading_it_back_gives_an_equal_model()
        => Assert.Equal(Sample.Value, OpenBudgetJson.Deserialize(OpenBudgetJson.SerializeToUtf8Bytes(Sample.Value)));

    [Fact]
    public void Writing_what_was_read_from_the_written_sample_gives_the_same_bytes()
    {
        byte[] written = OpenBudgetJson.SerializeToUtf8Bytes(Sample.Value);
        byte[] rewritten = OpenBudgetJson.SerializeToUtf8Bytes(OpenBudgetJson.Deserialize(written));
        Assert.Equal(written, rewritten);
    }

    [Fact]
    public void Keys_read_are_the_models_key_constants_themselves_and_others_are_kept_as_written()
    {
        BudgetDisclosure sample = Sample.Value;
        string?[] rowKeys = [.. sample.Tables.SelectMany(t => t.Rows).Select(r => r.Key).Where(k => k is not null)];
        string[] groupKeys = [.. sample.Explanations.Groups.Select(g => g.Key)];
        string?[] partKeys = [.. sample.Explanations.Groups.SelectMany(g => g.Parts).Select(p => p.Key).Where(k => k is not null)];
        Assert.NotEmpty(rowKeys);
        Assert.NotEmpty(partKeys);
        Assert.All(rowKeys.Concat(groupKeys).Concat(partKeys), k => Assert.Same(string.IsInterned(k!), k));
        Assert.Same(FigureGroupKeys.CarryOver, sample.Explanations.Groups.Single(g => g.Key == FigureGroupKeys.CarryOver).Key);
        Assert.Same(RowKeys.FiscalAppropriation, sample.Tables.SelectMany(t => t.Rows).First(r => r.Key == RowKeys.FiscalAppropriation).Key);

        const string json = """{"key": "notAKnownKey", "subject": "x"}""";
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        reader.Read();
        Assert.Equal("notAKnownKey", JsonValues.NullableKey(ref reader));
    }

    [Fact]
    public void Reading_from_a_string_and_from_a_stream_gives_the_model_read_from_bytes()
    {
        using var stream = new MemoryStream(SampleBytes.Value, writable: false);
        BudgetDisclosure fromString = OpenBudgetJson.Deserialize(System.Text.Encoding.UTF8.GetString(SampleBytes.Value));
        BudgetDisclosure fromStream = OpenBudgetJson.Deserialize(stream);
        Assert.Equal((Sample.Value, Sample.Value), (fromString, fromStream));
    }

    [Fact]
    public void Table_1_income_total_is_6679_80_with_two_printed_decimals()
    {
        TableRow total = Table(TableKind.IncomeExpenditureSummary).Rows.Single(r => r.Kind == RowKind.Total && r.Side == TableSide.Income);
        Amount income = total[ColumnKeys.Income];
        Assert.Equal((6679.80m, 2), (income.Value, income.Scale));
    }

    [Fact]
    public void Table_1_expenditure_total_is_6679_80_with_two_printed_decimals()
    {
        TableRow total = Table(TableKind.IncomeExpenditureSummary).Rows.Single(r => r.Kind == RowKind.Total && r.Side == TableSide.Expenditure);
        Amount expenditure = total[ColumnKeys.Expenditure];
        Assert.Equal((6679.80m, 2), (expenditure.Value, expenditure.Scale));
    }

    [Fact]
    public void Table_7_high_tech_enterprise_awards_are_2980_00_under_2060404()
    {
        TableRow row = Table(TableKind.GeneralPublicBudgetProjectExpenditure).Rows.Single(r => r.Project == "高新技术企业奖补资金");
        Assert.Equal((RowKind.Project, FunctionalCode.Parse("2060404"), 2980.00m), (row.Kind, row.Functional!.Value, row[ColumnKeys.Total].Value));
    }

    [Fact]
    public void Table_7_high_tech_enterprise_awards_are_all_subsidies_to_enterprises()
    {
        TableRow row = Table(TableKind.GeneralPublicBudgetProjectExpenditure).Rows.Single(r => r.Project == "高新技术企业奖补资金");
        Assert.Equal(2980.00m, row[ColumnKeys.Economic(EconomicCode.Parse("312"))].Value);
    }

    [Fact]
    public void Table_7_high_tech_enterprise_awards_leave_the_other_economic_columns_blank()
    {
        TableRow row = Table(TableKind.GeneralPublicBudgetProjectExpenditure).Rows.Single(r => r.Project == "高新技术企业奖补资金");
        IEnumerable<string> printed = row.Cells.Where(c => c.Column.StartsWith(ColumnKeys.EconomicPrefix, StringComparison.Ordinal) && c.Amount.HasValue).Select(c => c.Column);
        Assert.Equal(["economic.312"], printed);
    }

    [Fact]
    public void The_department_table_targets_technology_contracts_to_grow_by_at_least_7_percent_with_weight_20()
    {
        PerformanceIndicator indicator = Sample.Value.Performance.Department!.Indicators.Single(i => i.Name == "技术合同增长率");
        Assert.Equal(
            (">=7%", TargetComparator.AtLeast, 7m, "%", 20m),
            (indicator.Target.Text, indicator.Target.Comparator!.Value, indicator.Target.Value!.Value, indicator.Target.Unit, indicator.Weight!.Value));
    }

    private static DisclosureTable Table(TableKind kind) => Sample.Value.Table(kind) ?? throw new Xunit.Sdk.XunitException($"The sample has no {kind} table.");
}
