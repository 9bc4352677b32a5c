using System.Text;
using OpenBudget.Json;

namespace OpenBudget.Tests.Json;

/// <summary>Reading a document that is not a disclosure fails with the JSON path, line and position of the refused value and what was expected there.</summary>
public class DisclosureJsonErrorTests
{
    // Line numbers below count from 1; positions are 1-based bytes within the line. Mutated values sit on ASCII-only lines.
    private const string Valid = """
        {
          "department": "乌鲁木齐市科学技术局",
          "fiscalYear": 2026,
          "phase": "budget",
          "title": "2026年乌鲁木齐市科学技术局部门预算公开",
          "tables": [
            {
              "kind": "expenditure",
              "number": "3",
              "title": "部门支出总体情况表",
              "columns": [
                { "key": "total", "label": "合计" },
                { "key": "basic", "label": "基本支出" }
              ],
              "rows": [
                {
                  "kind": "class",
                  "functional": "206",
                  "name": "科学技术支出",
                  "cells": { "total": 6675.00, "basic": null }
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void The_unmutated_document_reads()
        => Assert.Equal(6675.00m, OpenBudgetJson.Deserialize(Valid).Tables[0].Rows[0]["total"].Value);

    [Fact]
    public void A_value_of_the_wrong_type_is_located()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"fiscalYear\": 2026", "\"fiscalYear\": \"2026\"", StringComparison.Ordinal));
        Assert.Equal(("$.fiscalYear", 3L, 17L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_what_was_expected_and_what_was_found()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"fiscalYear\": 2026", "\"fiscalYear\": \"2026\"", StringComparison.Ordinal));
        Assert.Equal("Expected a whole number, found the string \"2026\".", error.Reason);
    }

    [Fact]
    public void A_missing_required_property_is_located_at_the_object_that_lacks_it()
    {
        DisclosureJsonException error = Refused(Valid.Replace("      \"title\": \"部门支出总体情况表\",", "", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0]", 23L, 5L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        DisclosureJsonException error = Refused(Valid.Replace("      \"title\": \"部门支出总体情况表\",", "", StringComparison.Ordinal));
        Assert.Equal("Missing required property 'title' in a disclosureTable object.", error.Reason);
    }

    [Fact]
    public void A_missing_required_property_of_the_disclosure_is_named()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"phase\": \"budget\",", "", StringComparison.Ordinal));
        Assert.Equal(("$", "Missing required property 'phase' in a budgetDisclosure object."), (error.Path, error.Reason));
    }

    [Fact]
    public void An_unknown_property_is_located_at_its_name()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"phase\": \"budget\",", "\"phase\": \"budget\", \"stage\": 1,", StringComparison.Ordinal));
        Assert.Equal(("$.stage", 4L, 22L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void An_unknown_property_is_named_with_the_properties_allowed_there()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"phase\": \"budget\",", "\"phase\": \"budget\", \"stage\": 1,", StringComparison.Ordinal));
        Assert.StartsWith("Unknown property 'stage': a budgetDisclosure object has only department, region, fiscalYear, phase,", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_with_three_decimals_is_located_in_its_cell()
    {
        DisclosureJsonException error = Refused(Valid.Replace("6675.00", "1.234", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].cells.total", 20L, 31L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void An_amount_with_three_decimals_says_at_most_two_are_printed()
    {
        DisclosureJsonException error = Refused(Valid.Replace("6675.00", "1.234", StringComparison.Ordinal));
        Assert.Equal("Expected an amount (a number with at most 2 decimals, or null for a blank cell), found the number 1.234 with 3 decimal places; printed amounts have at most 2.", error.Reason);
    }

    [Fact]
    public void An_amount_with_a_third_decimal_zero_is_refused_too()
    {
        DisclosureJsonException error = Refused(Valid.Replace("6675.00", "6675.000", StringComparison.Ordinal));
        Assert.Equal("$.tables[0].rows[0].cells.total", error.Path);
    }

    [Fact]
    public void An_amount_written_as_a_string_is_refused_in_its_cell()
    {
        DisclosureJsonException error = Refused(Valid.Replace("6675.00", "\"6,675.00\"", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].cells.total", "Expected an amount (a number with at most 2 decimals, or null for a blank cell), found the string \"6,675.00\"."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_code_with_letters_is_located()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"functional\": \"206\"", "\"functional\": \"20A\"", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].functional", 18L, 25L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void A_code_with_letters_says_what_a_code_is()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"functional\": \"206\"", "\"functional\": \"20A\"", StringComparison.Ordinal));
        Assert.Equal("Expected a functional code (支出功能分类科目): a string of 3, 5 or 7 digits such as \"2060404\", found \"20A\": character 3 is not a digit.", error.Reason);
    }

    [Theory]
    [InlineData("206 04", "it has 6 characters")]
    [InlineData("2060", "it has 4 characters")]
    [InlineData("20600", "level 2 is 00, which no catalogue uses")]
    [InlineData("06004", "a class (类) cannot start with 0")]
    [InlineData("２０６", "it has 9 characters")]
    public void A_code_in_another_form_than_plain_digits_is_refused(string code, string why)
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"functional\": \"206\"", $"\"functional\": \"{code}\"", StringComparison.Ordinal));
        Assert.EndsWith($"found \"{code}\": {why}.", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enumeration_value_not_in_the_list_is_located()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"kind\": \"class\"", "\"kind\": \"klass\"", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].kind", 17L, 19L), (error.Path, error.LineNumber, error.BytePositionInLine));
    }

    [Fact]
    public void An_enumeration_value_not_in_the_list_is_answered_with_the_list()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"kind\": \"class\"", "\"kind\": \"klass\"", StringComparison.Ordinal));
        Assert.Equal("Expected one of \"line\", \"class\", \"section\", \"item\", \"unit\", \"project\", \"total\", found \"klass\".", error.Reason);
    }

    [Theory]
    [InlineData("\"Budget\"")]
    [InlineData("\"BUDGET\"")]
    [InlineData("0")]
    public void An_enumeration_value_in_another_casing_or_as_a_number_is_refused(string phase)
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"budget\"", phase, StringComparison.Ordinal));
        Assert.Equal("$.phase", error.Path);
    }

    [Fact]
    public void Truncated_json_says_the_document_ends_too_early()
    {
        DisclosureJsonException error = Refused(Valid[..Valid.IndexOf("\"rows\"", StringComparison.Ordinal)]);
        Assert.StartsWith("The JSON ends before the document is complete", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_is_located_at_the_end_inside_the_open_table()
    {
        DisclosureJsonException error = Refused(Valid[..Valid.IndexOf("\"rows\"", StringComparison.Ordinal)]);
        Assert.Equal(("$.tables[0].columns", 15L), (error.Path, error.LineNumber));
    }

    [Fact]
    public void Text_that_is_not_json_says_so_at_its_first_character()
    {
        DisclosureJsonException error = Refused("<html>部门预算</html>");
        Assert.Equal(("$", 1L, 1L, true), (error.Path, error.LineNumber, error.BytePositionInLine, error.Reason!.StartsWith("Not valid JSON", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_empty_document_says_it_is_empty()
        => Assert.Equal("The document is empty; a disclosure is a JSON object.", Refused("  ").Reason);

    [Fact]
    public void Null_for_a_required_text_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"name\": \"科学技术支出\"", "\"name\": null", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].name", "Expected a string, found null (null is not allowed here)."), (error.Path, error.Reason));
    }

    [Fact]
    public void Null_for_a_list_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"columns\": [", "\"notes\": null, \"columns\": [", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].notes", "Expected an array, each item a string, found null."), (error.Path, error.Reason));
    }

    [Fact]
    public void A_property_written_twice_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"fiscalYear\": 2026,", "\"fiscalYear\": 2026, \"fiscalYear\": 2025,", StringComparison.Ordinal));
        Assert.Equal("$.fiscalYear", error.Path);
    }

    [Fact]
    public void A_column_written_twice_in_one_row_is_refused()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"basic\": null }", "\"total\": null }", StringComparison.Ordinal));
        Assert.Equal(("$.tables[0].rows[0].cells.total", "The column 'total' appears twice in one row's cells."), (error.Path, error.Reason));
    }

    [Fact]
    public void The_message_gives_line_position_path_and_reason()
    {
        DisclosureJsonException error = Refused(Valid.Replace("\"fiscalYear\": 2026", "\"fiscalYear\": \"2026\"", StringComparison.Ordinal));
        Assert.Equal("line 3, position 17 ($.fiscalYear): Expected a whole number, found the string \"2026\".", error.Message);
    }

    [Fact]
    public void Reading_bytes_a_string_or_a_stream_reports_the_same_location()
    {
        string json = Valid.Replace("6675.00", "1.234", StringComparison.Ordinal);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream(utf8);
        string?[] messages =
        [
            Assert.Throws<DisclosureJsonException>(() => OpenBudgetJson.Deserialize(utf8)).Message,
            Assert.Throws<DisclosureJsonException>(() => OpenBudgetJson.Deserialize(stream)).Message,
            Refused(json).Message,
        ];
        Assert.Single(messages.Distinct());
    }

    [Fact]
    public void Null_instead_of_a_document_is_refused()
        => Assert.Equal("Expected a disclosure object, found null.", Refused("null").Reason);

    private static DisclosureJsonException Refused(string json) => Assert.Throws<DisclosureJsonException>(() => OpenBudgetJson.Deserialize(json));
}
