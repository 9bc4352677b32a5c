using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests.Http;

public class ProblemsTests
{
    private static DisclosureJsonException ReaderError(string json)
        => Assert.Throws<DisclosureJsonException>(() => OpenBudgetJson.Deserialize(json));

    [Fact]
    public void A_reader_error_becomes_a_422_problem_with_path_line_position_and_pointer()
    {
        ProblemDetails problem = Problems.InvalidDisclosure(ReaderError("{\n  \"department\": \"x\",\n  \"fiscalYear\": \"2026\"\n}"));
        var error = ((InputError[])problem.Extensions["errors"]!).Single();
        Assert.Equal(
            (422, "$.fiscalYear", 3L, "/fiscalYear"),
            (problem.Status, (string?)problem.Extensions["path"], (long?)problem.Extensions["line"], error.JsonPointer));
    }

    [Fact]
    public void A_malformed_json_problem_names_line_and_position_in_its_detail()
    {
        ProblemDetails problem = DisclosureBody.Scan("{\n  \"a\": ,\n}"u8, 32)!;
        Assert.Equal((400, 2L, 8L), (problem.Status, (long?)problem.Extensions["line"], (long?)problem.Extensions["position"]));
        Assert.StartsWith("line 2, position 8:", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_json_within_the_depth_passes_the_scan()
    {
        Assert.Null(DisclosureBody.Scan("{\"a\": [[1, 2], {\"b\": null}]}"u8, 4));
    }
}
