using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Tests.Json;

/// <summary>Errors inside the explanations' groups and the performance tables are reported as everywhere else: full JSON path, line and position, and what was expected.</summary>
public class NestedObjectJsonErrorTests
{
    // Line numbers below count from 1; positions are 1-based bytes within the line (a Chinese character is 3 bytes).
    private const string Valid = """
        {
          "department": "乌鲁木齐市科学技术局",
          "fiscalYear": 2026,
          "phase": "budget",
          "title": "2026年乌鲁木齐市科学技术局部门预算公开",
          "tables": [],
          "explanations": {
            "groups": [
              {
                "key": "income",
                "total": { "subject": "部门收入预算", "amount": 6679.80 },
                "parts": [],
                "remarks": []
              }
            ]
          },
          "performance": {
            "projects": [
              {
                "scope": "project",
                "title": "项目绩效目标表",
                "funding": { "unit": "tenThousandYuan", "total": 30.00 },
                "goal": "全年组织项目15个以上",
                "indicators": []
              }
            ]
          }
        }
        """;

    private const string ValidExplained = """
        {
          "department": "乌鲁木齐市科学技术局",
          "fiscalYear": 2026,
          "phase": "budget",
          "title": "2026年乌鲁木齐市科学技术局部门预算公开",
          "tables": [],
          "explanations": {
            "assets": {
              "holdings": [
                { "key": "vehicles", "name": "车辆", "quantity": 2, "quantityUnit": "辆" }
              ]
            },
            "projects": [
              {
                "name": "科技计划项目",
                "size": 2980.00,
                "allocation": [{ "name": "本级", "amount": 2980.00, "unit": "tenThousandYuan" }],
                "otherSections": []
              }
            ]
          },
          "glossary": [
            { "term": "财政拨款收入", "definition": "指本级财政当年拨付的资金。" }
          ]
        }
        """;

    [Fact]
    public void The_unmutated_document_reads()
    {
        BudgetDisclosure read = OpenBudgetJson.Deserialize(Valid);
        Assert.Equal((6679.80m, 30.00m), (read.Explanations.Groups[0].Total!.Amount.Value, read.Performance.Projects[0].Funding.Total.Value));
    }

    [Fact]
    public void A_missing_required_property_of_a_group_is_named_at_the_group()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"key\": \"income\",", "", StringComparison.Ordinal));
        Assert.Equal(("$.explanations.groups[0]", 14L, 7L, "Missing required property 'key' in a figureGroup object."), (error.Path, error.LineNumber, error.BytePositionInLine, error.Reason));
    }

    [Fact]
    public void An_unknown_property_of_a_group_is_named_with_the_properties_allowed_there()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"parts\": [],", "\"parts\": [], \"notes\": [],", StringComparison.Ordinal));
        Assert.Equal(("$.explanations.groups[0].notes", "Unknown property 'notes': a figureGroup object has only key, heading, total, parts, remarks; the schema allows no other properties."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_group_total_with_three_decimals_is_located_in_it()
    {
        DisclosureJsonException error = Refused(Valid.Replace("6679.80", "6679.801", StringComparison.Ordinal));
        Assert.Equal("$.explanations.groups[0].total.amount", error.Path);
    }

    [Fact]
    public void A_performance_table_without_a_title_is_named_at_the_table()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"title\": \"项目绩效目标表\",", "", StringComparison.Ordinal));
        Assert.Equal(("$.performance.projects[0]", "Missing required property 'title' in a performanceTable object."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_performance_scope_not_in_the_list_is_answered_with_the_list()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"scope\": \"project\"", "\"scope\": \"programme\"", StringComparison.Ordinal));
        Assert.Equal(("$.performance.projects[0].scope", 20L, 18L, "Expected one of \"department\", \"project\", found \"programme\"."), (error.Path, error.LineNumber, error.BytePositionInLine, error.Reason));
    }

    [Fact]
    public void Null_funding_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"funding\": { \"unit\": \"tenThousandYuan\", \"total\": 30.00 }", "\"funding\": null", StringComparison.Ordinal));
        Assert.Equal(("$.performance.projects[0].funding", "Expected a performanceFunding object, found null (null is not allowed here)."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_funding_amount_written_as_a_string_is_refused_in_the_funding()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"total\": 30.00", "\"total\": \"30\"", StringComparison.Ordinal));
        Assert.Equal(("$.performance.projects[0].funding.total", "Expected an amount (a number with at most 2 decimals, or null for a blank cell), found the string \"30\"."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_goal_of_null_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"goal\": \"全年组织项目15个以上\"", "\"goal\": null", StringComparison.Ordinal));
        Assert.Equal(("$.performance.projects[0].goal", "Expected a string, found null (null is not allowed here)."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_table_title_of_the_wrong_type_is_located()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"tables\": []", "\"tables\": [{ \"kind\": \"income\", \"title\": 3, \"columns\": [], \"rows\": [] }]", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].title", 6L, 43L, "Expected a string, found the number 3."), (error.Path, error.LineNumber, error.BytePositionInLine, error.Reason));
    }

    [Fact]
    public void The_unmutated_document_with_explanations_reads()
    {
        BudgetDisclosure read = OpenBudgetJson.Deserialize(ValidExplained);
        Assert.Equal((2m, 2980.00m, "财政拨款收入"), (read.Explanations.Assets!.Holdings[0].Quantity, read.Explanations.Projects[0].Size.Value, read.Glossary[0].Term));
    }

    [Fact]
    public void A_quantity_written_as_a_string_is_located_in_its_holding()
    {
        DisclosureJsonException error = Refused(ValidExplained.Replace("\"quantity\": 2", "\"quantity\": \"2\"", StringComparison.Ordinal));
        Assert.Equal(("$.explanations.assets.holdings[0].quantity", 10L, 60L, "Expected a number or null, found the string \"2\"."), (error.Path, error.LineNumber, error.BytePositionInLine, error.Reason));
    }

    [Fact]
    public void A_holding_without_a_key_is_named_at_the_holding()
    {
        DisclosureJsonException error = Refused(ValidExplained.Replace("\"key\": \"vehicles\", ", "", StringComparison.Ordinal));
        Assert.Equal(("$.explanations.assets.holdings[0]", "Missing required property 'key' in a assetHolding object."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_project_size_with_three_decimals_is_located_in_its_project()
    {
        DisclosureJsonException error = Refused(ValidExplained.Replace("\"size\": 2980.00", "\"size\": 2980.001", StringComparison.Ordinal));
        Assert.Equal(("$.explanations.projects[0].size", 16L, 17L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void An_unknown_property_of_a_project_is_named_with_the_properties_allowed_there()
    {
        DisclosureJsonException error = Refused(ValidExplained.Replace("\"otherSections\": []", "\"sections\": []", StringComparison.Ordinal));
        Assert.Equal(
            ("$.explanations.projects[0].sections", "Unknown property 'sections': a projectDescription object has only name, policyBasis, size, unit, implementingUnit, allocationText, allocation, executionPeriod, otherSections; the schema allows no other properties."),
            (error.Path, error.Reason));
    }

    [Fact]
    public void A_glossary_definition_of_null_is_refused()
    {
        DisclosureJsonException error = Refused(ValidExplained.Replace("\"definition\": \"指本级财政当年拨付的资金。\"", "\"definition\": null", StringComparison.Ordinal));
        Assert.Equal(("$.glossary[0].definition", "Expected a string, found null (null is not allowed here)."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_budget_unit_kind_not_in_the_list_is_located_in_its_unit()
    {
        string json = ValidExplained.Replace("\"tables\": [],", "\"tables\": [],\n  \"overview\": { \"units\": [{ \"name\": \"本级\", \"kind\": \"agency\" }] },", StringComparison.Ordinal);
        DisclosureJsonException error = Refused(json);
        Assert.Equal(("$.overview.units[0].kind", 7L, 55L), (error.Path, error.LineNumber, error.BytePositionInLine));
        Assert.StartsWith("Expected one of ", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith(", found \"agency\".", error.Reason, StringComparison.Ordinal);
    }

    private static DisclosureJsonException Refused(string json) => Assert.Throws<DisclosureJsonException>(() => OpenBudgetJson.Deserialize(json));
}
