using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Aggregation;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Api.Representations;

namespace OpenBudget.Api.Endpoints;

/// <summary>Aggregates across every stored disclosure, in the spirit of OpenSpending's aggregate endpoint: cells with totals and counts, and a summary.</summary>
public static class AggregateEndpoints
{
    private const string Description = """
        Adds up printed amounts (in 万元, exact decimals) across the current revision of every stored disclosure, grouped by the drill-downs and kept by the cuts.

        **What is added up.** Disclosures print the same money many times (table 3 and table 5 overlap; a class is the sum of its sections and items; 合计 = 基本支出 + 项目支出; final accounts restate the budget), so an aggregate reads one table kind, one column, one row level and one phase. Unless cut otherwise these are `phase:budget`, `table:expenditure` (部门支出总体情况表, expenditure by function), `column:total` and, as `row`, the table's finest non-overlapping level: `item` (项) for the tables by functional code (income, expenditure, generalPublicBudgetExpenditure, governmentFundExpenditure, stateCapitalExpenditure), `section` for generalPublicBudgetBasicExpenditure, `project` for generalPublicBudgetProjectExpenditure, commissionedServices and priorYearCarryOver, and `total` for the others. The answer's `cut` lists every cut in force.

        **Syntax.** `drilldown` lists dimensions separated by `|`: year, region, disclosure, unit (预算单位; per-unit tables only), functional.class, functional.section, functional.item, economic.class, economic.section. `cut` lists `dimension:value` pairs separated by `|`: phase, table, column, row, year, region (a code or a prefix: `6501`), disclosure, department, unit, and the code dimensions (digits: `functional.class:206`). Each dimension appears once; a mistake answers 400 naming the part.

        **Formats.** JSON, or CSV with `Accept: text/csv` or at `/v1/aggregate.csv`. Answers carry an ETag and are computed once per store version.
        """;

    /// <summary>Maps GET /v1/aggregate and GET /v1/aggregate.csv.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        RouteGroupBuilder group = v1.MapGroup("").WithTags("Aggregates");
        var csv = new CsvMarker("RFC 4180 CSV with a header row: the drill-down dimensions, then amount (万元), count and blankCount; one line per cell.");

        group.MapGet("/aggregate", Json)
            .WithName("Aggregate")
            .WithSummary("Totals and counts of printed amounts across all stored disclosures, by drill-down and cut (JSON, or CSV with Accept: text/csv)")
            .WithDescription(Description)
            .WithMetadata(csv)
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                DescribeParameters(operation);
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        group.MapGet("/aggregate.csv", Csv)
            .WithName("AggregateCsv")
            .WithSummary("The same aggregate as CSV")
            .WithDescription("Takes the parameters of GET /v1/aggregate and answers text/csv.")
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                DescribeParameters(operation);
                if (operation.Responses?.TryGetValue("200", out Microsoft.OpenApi.IOpenApiResponse? ok) == true && ok is Microsoft.OpenApi.OpenApiResponse response)
                {
                    response.Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, Description = csv.Description } },
                    };
                }

                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return group;
    }

    internal static async Task<Results<RepresentationResult<AggregateResponse>, ProblemHttpResult>> Json(
        HttpRequest request, string? drilldown, string? cut, string? measure, AggregateService aggregates, CacheControl cache, CancellationToken cancellationToken)
    {
        bool? wantsCsv = TableFormat.FromAccept(request.Headers.Accept);
        return wantsCsv is bool csv
            ? await AnswerAsync(drilldown, cut, measure, csv, aggregates, cache, cancellationToken).ConfigureAwait(false)
            : TypedResults.Problem(Problems.NotAcceptable("application/json or text/csv"));
    }

    internal static Task<Results<RepresentationResult<AggregateResponse>, ProblemHttpResult>> Csv(
        string? drilldown, string? cut, string? measure, AggregateService aggregates, CacheControl cache, CancellationToken cancellationToken)
        => AnswerAsync(drilldown, cut, measure, csv: true, aggregates, cache, cancellationToken);

    private static async Task<Results<RepresentationResult<AggregateResponse>, ProblemHttpResult>> AnswerAsync(
        string? drilldown, string? cut, string? measure, bool csv, AggregateService aggregates, CacheControl cache, CancellationToken cancellationToken)
    {
        if (!AggregateRequest.TryParse(drilldown, cut, measure, out AggregateRequest? parsed, out ProblemDetails? problem))
        {
            return TypedResults.Problem(problem);
        }

        Representation answer = await aggregates.GetAsync(parsed, csv, cancellationToken).ConfigureAwait(false);
        return new RepresentationResult<AggregateResponse>(answer, cache.Changing);
    }

    private static void DescribeParameters(Microsoft.OpenApi.OpenApiOperation operation)
    {
        ParameterDocs.Describe(operation, "drilldown", "Dimensions to group by, separated by '|': year, region, disclosure, unit, functional.class, functional.section, functional.item, economic.class, economic.section. None for one grand total.", "functional.class|year");
        ParameterDocs.Describe(operation, "cut", "Filters, each dimension:value, separated by '|': phase, table, column, row, year, region (code or prefix), disclosure, department, unit, functional.class, functional.section, functional.item, economic.class, economic.section. Defaults: phase:budget|table:expenditure|column:total|row:<the table's finest level>.", "year:2026|region:6501");
        ParameterDocs.Describe(operation, "measure", "What to add up; the only measure is amount (printed amounts in 万元).", "amount");
    }
}
