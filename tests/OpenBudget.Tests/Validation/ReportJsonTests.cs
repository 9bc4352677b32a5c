using System.Text.Json;
using Json.Schema;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

public class ReportJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "validation-report.v1.schema.json"))));

    private static ValidationReport SampleReport()
        => new DisclosureValidator().Validate(OpenBudgetJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json"))));

    private static ValidationReport BrokenReport()
    {
        BudgetDisclosure consistent = new SyntheticDisclosureGenerator().Generate();
        BudgetDisclosure broken = SyntheticDisclosureGenerator.InjectError(consistent, 3, 12.34m).Disclosure;
        return new DisclosureValidator().Validate(WithoutTable(broken, TableKind.GeneralPublicBudgetBasicExpenditure));
    }

    private static BudgetDisclosure WithoutTable(BudgetDisclosure disclosure, TableKind kind)
        => disclosure with { Tables = [.. disclosure.Tables.Where(t => t.Kind != kind)] };

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results)
        => string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_sample_report_follows_the_published_schema()
    {
        EvaluationResults results = Evaluate(OpenBudgetJson.Serialize(SampleReport()));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void A_report_with_errors_and_skipped_rules_follows_the_published_schema()
    {
        ValidationReport report = BrokenReport();
        Assert.False(report.Summary.Valid);
        EvaluationResults results = Evaluate(OpenBudgetJson.Serialize(report));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_refuses_a_finding_without_a_verdict()
    {
        string json = OpenBudgetJson.Serialize(SampleReport()).Replace("\"verdict\": \"rounding\",", "", StringComparison.Ordinal);
        Assert.False(Evaluate(json).IsValid);
    }

    [Fact]
    public void The_schema_id_is_the_one_reports_name()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "validation-report.v1.schema.json")));
        Assert.Equal(ValidationReportSchema.Id, schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void A_report_reads_back_equal()
    {
        ValidationReport report = BrokenReport();
        Assert.Equal(report, OpenBudgetJson.DeserializeReport(OpenBudgetJson.Serialize(report)));
    }

    [Fact]
    public void Enums_are_written_as_camel_case_words()
    {
        string json = OpenBudgetJson.Serialize(BrokenReport());
        Assert.Contains("\"verdict\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"tenThousandYuan\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_in_findings_keep_their_decimals()
        => Assert.Contains("\"stated\": 5590.76", OpenBudgetJson.Serialize(SampleReport()), StringComparison.Ordinal);
}
