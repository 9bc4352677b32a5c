using System.Text.Json.Nodes;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Tests.Import;

/// <summary>Importing the sample's text gives the hand-checked reference JSON, compared table by table, row by row, group by group and indicator by indicator so that a difference names its field.</summary>
public class SampleImportTests
{
    private static readonly Lazy<JsonNode> Imported = new(() => ImportFixtures.SampleJson);

    private static JsonNode Reference => ImportFixtures.ReferenceJson;

    public static TheoryData<int> Tables => Indices(r => r["tables"]);

    public static TheoryData<int, int> TableRows => Pairs(r => r["tables"], t => t["rows"]);

    public static TheoryData<int> Groups => Indices(r => r["explanations"]!["groups"]);

    public static TheoryData<int, int> GroupParts => Pairs(r => r["explanations"]!["groups"], g => g["parts"]);

    public static TheoryData<int> Projects => Indices(r => r["explanations"]!["projects"]);

    public static TheoryData<int> PerformanceProjects => Indices(r => r["performance"]!["projects"]);

    public static TheoryData<int, int> ProjectIndicators => Pairs(r => r["performance"]!["projects"], t => t["indicators"]);

    public static TheoryData<int> DepartmentIndicators => Indices(r => r["performance"]!["department"]!["indicators"]);

    public static TheoryData<int> GlossaryEntries => Indices(r => r["glossary"]);

    public static TheoryData<int> Functions => Indices(r => r["overview"]!["functions"]);

    [Fact]
    public void Sample_imports_with_no_warning_or_error()
    {
        Assert.DoesNotContain(ImportFixtures.Sample.Diagnostics, d => d.Severity >= ImportSeverity.Warning);
    }

    [Fact]
    public void Imported_sample_is_the_reference_json_exactly()
    {
        Assert.Equal(Reference.ToJsonString(), Imported.Value.ToJsonString());
    }

    [Fact]
    public void Imported_sample_equals_the_reference_model()
    {
        Assert.Equal(ImportFixtures.Reference, ImportFixtures.Sample.Disclosure);
    }

    [Fact]
    public void Document_identity_matches()
    {
        foreach (string field in (string[])["department", "fiscalYear", "phase", "title", "currency", "unit", "source"])
        {
            ImportFixtures.AssertSameJson(Reference[field], Imported.Value[field], "$." + field);
        }
    }

    [Fact]
    public void Table_count_matches()
    {
        Assert.Equal(Reference["tables"]!.AsArray().Count, Imported.Value["tables"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_metadata_matches(int table)
    {
        foreach (string field in (string[])["kind", "number", "title", "preparedBy", "unit", "notes"])
        {
            ImportFixtures.AssertSameJson(Reference["tables"]![table]![field], Imported.Value["tables"]![table]![field], $"$.tables[{table}].{field}");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_columns_match(int table)
    {
        ImportFixtures.AssertSameJson(Reference["tables"]![table]!["columns"], Imported.Value["tables"]![table]!["columns"], $"$.tables[{table}].columns");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_row_count_matches(int table)
    {
        Assert.Equal(Reference["tables"]![table]!["rows"]!.AsArray().Count, Imported.Value["tables"]![table]!["rows"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(TableRows))]
    public void Table_row_matches(int table, int row)
    {
        ImportFixtures.AssertSameJson(Reference["tables"]![table]!["rows"]![row], Imported.Value["tables"]![table]!["rows"]?[row], $"$.tables[{table}].rows[{row}]");
    }

    [Fact]
    public void Overview_units_and_statement_match()
    {
        foreach (string field in (string[])["unitsStatement", "units"])
        {
            ImportFixtures.AssertSameJson(Reference["overview"]![field], Imported.Value["overview"]![field], "$.overview." + field);
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_paragraph_matches(int paragraph)
    {
        ImportFixtures.AssertSameJson(Reference["overview"]!["functions"]![paragraph], Imported.Value["overview"]!["functions"]?[paragraph], $"$.overview.functions[{paragraph}]");
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Explanation_group_heading_total_and_remarks_match(int group)
    {
        foreach (string field in (string[])["key", "heading", "total", "remarks"])
        {
            ImportFixtures.AssertSameJson(Reference["explanations"]!["groups"]![group]![field], Imported.Value["explanations"]!["groups"]?[group]?[field], $"$.explanations.groups[{group}].{field}");
        }
    }

    [Theory]
    [MemberData(nameof(GroupParts))]
    public void Explanation_group_part_matches(int group, int part)
    {
        ImportFixtures.AssertSameJson(Reference["explanations"]!["groups"]![group]!["parts"]![part], Imported.Value["explanations"]!["groups"]?[group]?["parts"]?[part], $"$.explanations.groups[{group}].parts[{part}]");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_description_matches(int project)
    {
        ImportFixtures.AssertSameJson(Reference["explanations"]!["projects"]![project], Imported.Value["explanations"]!["projects"]?[project], $"$.explanations.projects[{project}]");
    }

    [Fact]
    public void Procurement_assets_performance_overview_and_other_notes_match()
    {
        foreach (string field in (string[])["procurement", "assets", "performance", "otherNotes"])
        {
            ImportFixtures.AssertSameJson(Reference["explanations"]![field], Imported.Value["explanations"]![field], "$.explanations." + field);
        }
    }

    [Fact]
    public void Department_performance_table_header_and_funding_match()
    {
        JsonObject expected = Reference["performance"]!["department"]!.AsObject();
        foreach ((string field, JsonNode? value) in expected.Where(p => p.Key != "indicators"))
        {
            ImportFixtures.AssertSameJson(value, Imported.Value["performance"]!["department"]?[field], "$.performance.department." + field);
        }
    }

    [Theory]
    [MemberData(nameof(DepartmentIndicators))]
    public void Department_indicator_matches(int indicator)
    {
        ImportFixtures.AssertSameJson(Reference["performance"]!["department"]!["indicators"]![indicator], Imported.Value["performance"]!["department"]?["indicators"]?[indicator], $"$.performance.department.indicators[{indicator}]");
    }

    [Theory]
    [MemberData(nameof(PerformanceProjects))]
    public void Project_performance_table_header_and_funding_match(int table)
    {
        JsonObject expected = Reference["performance"]!["projects"]![table]!.AsObject();
        foreach ((string field, JsonNode? value) in expected.Where(p => p.Key != "indicators"))
        {
            ImportFixtures.AssertSameJson(value, Imported.Value["performance"]!["projects"]?[table]?[field], $"$.performance.projects[{table}].{field}");
        }
    }

    [Theory]
    [MemberData(nameof(ProjectIndicators))]
    public void Project_indicator_matches(int table, int indicator)
    {
        ImportFixtures.AssertSameJson(Reference["performance"]!["projects"]![table]!["indicators"]![indicator], Imported.Value["performance"]!["projects"]?[table]?["indicators"]?[indicator], $"$.performance.projects[{table}].indicators[{indicator}]");
    }

    [Fact]
    public void Performance_notes_match()
    {
        ImportFixtures.AssertSameJson(Reference["performance"]!["notes"], Imported.Value["performance"]!["notes"], "$.performance.notes");
    }

    [Theory]
    [MemberData(nameof(GlossaryEntries))]
    public void Glossary_entry_matches(int entry)
    {
        ImportFixtures.AssertSameJson(Reference["glossary"]![entry], Imported.Value["glossary"]?[entry], $"$.glossary[{entry}]");
    }

    [Fact]
    public void Every_number_of_the_sample_is_placed_or_kept_in_text()
    {
        Assert.Empty(ImportFixtures.Sample.Coverage.NotPlaced);
    }

    [Fact]
    public void Table_cells_are_placed_as_values_not_only_kept_in_text()
    {
        int printedCells = ImportFixtures.Sample.Disclosure!.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count(c => c.Amount.HasValue)));
        Assert.True(ImportFixtures.Sample.Coverage.PlacedAsValues >= printedCells, $"{ImportFixtures.Sample.Coverage.PlacedAsValues} values placed for {printedCells} printed cells");
    }

    [Fact]
    public void Importing_twice_gives_equal_disclosures()
    {
        ImportResult again = DisclosureImporter.Import(ImportFixtures.Read("seed/000_204d2c3849ee2a77.txt"), ImportFixtures.SampleOptions);
        Assert.Equal(ImportFixtures.Sample.Disclosure, again.Disclosure);
    }

    [Fact]
    public void Without_region_and_date_options_the_import_leaves_them_out()
    {
        BudgetDisclosure plain = DisclosureImporter.Import(ImportFixtures.Read("seed/000_204d2c3849ee2a77.txt")).Disclosure!;
        Assert.Equal(ImportFixtures.Reference with { Region = null, PublishedOn = null }, plain);
    }

    private static TheoryData<int> Indices(Func<JsonNode, JsonNode?> select)
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < ImportFixtures.ReferenceCount(select); i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static TheoryData<int, int> Pairs(Func<JsonNode, JsonNode?> outer, Func<JsonNode, JsonNode?> inner)
    {
        var data = new TheoryData<int, int>();
        JsonArray items = outer(Reference)!.AsArray();
        for (int i = 0; i < items.Count; i++)
        {
            int count = inner(items[i]!)?.AsArray().Count ?? 0;
            for (int j = 0; j < count; j++)
            {
                data.Add(i, j);
            }
        }

        return data;
    }
}
