using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Comparison;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Api.Representations;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Export;

namespace OpenBudget.Api.Endpoints;

/// <summary>Year-over-year comparison of one department's disclosures.</summary>
public static class CompareEndpoints
{
    private const int MostMatches = 100;

    /// <summary>Maps GET /v1/compare.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        return v1.MapGet("/compare", Compare)
            .WithTags("Comparisons")
            .WithName("CompareYears")
            .WithSummary("Compare one department's disclosures of two fiscal years: each table's total and each functional class and section, with change and rate")
            .WithDescription("""
                Reads the current revision of the department's disclosure in each year (same region and phase). For every table kind either year prints, its total (the total row's `total` column; on two-sided tables the expenditure side); and for every functional class (类) and section (款) of one table by functional code (`table`, default `expenditure`), its `total` column. Amounts are in 万元, exact. `change` = to − from; `ratePercent` = change ÷ from × 100, rounded half away from zero (四舍五入) to 2 decimals. Where a year is missing, or nothing was printed, the amount is absent, and so are change and rate.
                """)
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                ParameterDocs.Describe(operation, "department", "The department's name as published (exact, after whitespace normalization).", "乌鲁木齐市科学技术局");
                ParameterDocs.Describe(operation, "region", "The six-digit administrative division code; needed only when departments of that name exist in several regions.", "650100");
                ParameterDocs.Describe(operation, "from", "The earlier fiscal year.", "2025");
                ParameterDocs.Describe(operation, "to", "The later fiscal year.", "2026");
                ParameterDocs.Describe(operation, "phase", "budget (default) or final-accounts.", "budget");
                ParameterDocs.Describe(operation, "table", "The table by functional code whose classes and sections are compared: income, expenditure (default), generalPublicBudgetExpenditure, governmentFundExpenditure or stateCapitalExpenditure.", "expenditure");
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<Results<RepresentationResult<CompareResponse>, ProblemHttpResult>> Compare(
        string? department,
        string? region,
        [FromQuery(Name = "from")] int? fromYear,
        [FromQuery(Name = "to")] int? toYear,
        string? phase,
        string? table,
        IDisclosureStore store,
        RepresentationCache representations,
        JsonRepresentations json,
        CacheControl cache,
        CancellationToken cancellationToken)
    {
        string name = PrintedText.Normalize(department) ?? "";
        if (name.Length == 0)
        {
            return TypedResults.Problem(Problems.InvalidParameter("department", "department is required: the department's name as published, e.g. 乌鲁木齐市科学技术局."));
        }

        if (region is not null && !DisclosureId.IsRegionCode(region))
        {
            return TypedResults.Problem(Problems.InvalidParameter("region", $"region='{region}' is not a six-digit administrative division code."));
        }

        if (fromYear is not (>= 1000 and <= 9999) || toYear is not (>= 1000 and <= 9999))
        {
            string which = fromYear is (>= 1000 and <= 9999) ? "to" : "from";
            int? given = which == "from" ? fromYear : toYear;
            return TypedResults.Problem(Problems.InvalidParameter(which, given is null
                ? $"{which} is required: a four-digit fiscal year."
                : $"{which}={given} is not a four-digit fiscal year."));
        }

        if (fromYear == toYear)
        {
            return TypedResults.Problem(Problems.InvalidParameter("to", $"from and to are both {fromYear}; compare two different years."));
        }

        DisclosurePhase wantedPhase = DisclosurePhase.Budget;
        if (phase is not null && !DisclosureId.TryParsePhase(phase, out wantedPhase))
        {
            return TypedResults.Problem(Problems.InvalidParameter("phase", $"phase='{phase}' is not a phase; use budget or final-accounts."));
        }

        TableKind functionalTable = TableKind.Expenditure;
        if (table is not null && (!TableFormat.TryParseKind(table, out functionalTable) || !YearComparison.FunctionalTables.Contains(functionalTable)))
        {
            return TypedResults.Problem(Problems.InvalidParameter("table", $"table='{table}' is not a table by functional code; use {string.Join(", ", YearComparison.FunctionalTables.Select(TableFormat.KindName))}."));
        }

        var matches = new List<RevisionInfo>();
        foreach (int year in new[] { fromYear.Value, toYear.Value })
        {
            DisclosurePage page = await store.ListAsync(new DisclosureQuery { FiscalYear = year, Region = region, Department = name, Phase = wantedPhase, PageSize = MostMatches }, cancellationToken).ConfigureAwait(false);
            matches.AddRange(page.Items.Where(i => string.Equals(i.Department, name, StringComparison.Ordinal)));
        }

        string[] regions = [.. matches.Select(m => m.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (regions.Length == 0)
        {
            return TypedResults.Problem(Problems.NotFound(string.Create(CultureInfo.InvariantCulture,
                $"There is no {DisclosureId.PhaseSegment(wantedPhase)} disclosure of '{name}'{(region is null ? "" : $" in {region}")} for {fromYear} or {toYear}; GET {ApiLinks.Version}/disclosures?department=… lists what is stored.")));
        }

        if (regions.Length > 1)
        {
            return TypedResults.Problem(Problems.InvalidParameter("region", $"Departments named '{name}' are stored in several regions ({string.Join(", ", regions)}); name one with region."));
        }

        RevisionInfo? before = matches.FirstOrDefault(m => m.FiscalYear == fromYear);
        RevisionInfo? after = matches.FirstOrDefault(m => m.FiscalYear == toYear);
        BudgetDisclosure? earlier = before is null ? null : (await representations.GetAsync(before.Id, null, cancellationToken).ConfigureAwait(false))?.Model;
        BudgetDisclosure? later = after is null ? null : (await representations.GetAsync(after.Id, null, cancellationToken).ConfigureAwait(false))?.Model;
        RevisionInfo known = after ?? before!;

        var response = new CompareResponse(
            name,
            new RegionRef(known.RegionCode, known.RegionName),
            wantedPhase,
            fromYear.Value,
            toYear.Value,
            ExportTokens.Of(Money.PresentationUnit.TenThousandYuan),
            before is null ? null : ApiLinks.Summary(before),
            after is null ? null : ApiLinks.Summary(after),
            YearComparison.Tables(earlier, later),
            TableFormat.KindName(functionalTable),
            YearComparison.Functional(earlier, later, functionalTable));
        return new RepresentationResult<CompareResponse>(json.Of(response), cache.Changing);
    }
}
