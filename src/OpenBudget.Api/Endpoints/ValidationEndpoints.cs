using Microsoft.AspNetCore.Http.HttpResults;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Http;
using OpenBudget.Api.Representations;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Validation;

namespace OpenBudget.Api.Endpoints;

/// <summary>Validation reports: the report stored with each revision, and validation of a posted document without storing it.</summary>
public static class ValidationEndpoints
{
    /// <summary>Maps the validation endpoints.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        RouteGroupBuilder group = v1.MapGroup("/").WithTags("Validation");

        group.MapGet("/disclosures/{id}/validation", Current)
            .WithName("GetValidationReport")
            .WithSummary("Get the validation report (勾稽关系校验) of the current revision")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/disclosures/{id}/revisions/{revision:int}/validation", OfRevision)
            .WithName("GetRevisionValidationReport")
            .WithSummary("Get the validation report of one revision")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/validate", Validate)
            .WithName("Validate")
            .WithSummary("Validate a disclosure without storing it (勾稽关系校验); open to anyone")
            .WithDescription("A JSON body is answered with the validation report. A text or PDF body is answered with {\"report\": the validation report, \"import\": how the body was read (diagnostics, coverage, page count), \"disclosure\": the disclosure read}. " + ImportQuery.Description)
            .Accepts<BudgetDisclosure>(DisclosureBody.JsonMediaType, DisclosureBody.TextMediaType, DisclosureBody.PdfMediaType)
            .WithMetadata(ImportMarker.Instance)
            .RequireRateLimiting(DisclosureEndpoints.WritePolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return group;
    }

    internal static Task<Results<RepresentationResult<ValidationReport>, ProblemHttpResult>> Current(
        string id, RepresentationCache representations, IDisclosureChecker checker, CacheControl cache, CancellationToken cancellationToken)
        => ReportOf(id, null, representations, checker, cache, cancellationToken);

    internal static Task<Results<RepresentationResult<ValidationReport>, ProblemHttpResult>> OfRevision(
        string id, int revision, RepresentationCache representations, IDisclosureChecker checker, CacheControl cache, CancellationToken cancellationToken)
        => ReportOf(id, revision, representations, checker, cache, cancellationToken);

    internal static async Task<Results<Ok<ValidationReport>, ImportedValidationResult, ProblemHttpResult>> Validate(
        HttpRequest request,
        DisclosureBody body,
        IDisclosureChecker checker,
        string? region,
        string? regionName,
        int? fiscalYear,
        CancellationToken cancellationToken)
    {
        if (ImportQuery.TryCreate(region, regionName, fiscalYear, out ImportOptions importOptions) is { } badQuery)
        {
            return TypedResults.Problem(badQuery);
        }

        BodyOutcome read = await body.ReadAsync(request, importOptions, cancellationToken).ConfigureAwait(false);
        if (!read.Succeeded)
        {
            return TypedResults.Problem(read.Problem);
        }

        ValidationReport report = checker.Check(read.Disclosure);
        if (read.Import is null)
        {
            return TypedResults.Ok(report);
        }

        return new ImportedValidationResult(read.Pages is null ? report : read.Pages.Locate(report), read.Import, read.Disclosure);
    }

    private static async Task<Results<RepresentationResult<ValidationReport>, ProblemHttpResult>> ReportOf(
        string id, int? revision, RepresentationCache representations, IDisclosureChecker checker, CacheControl cache, CancellationToken cancellationToken)
    {
        DisclosureRepresentation? found = DisclosureId.TryParse(id, out DisclosureId disclosureId) && revision is null or >= 1
            ? await representations.GetAsync(disclosureId, revision, cancellationToken).ConfigureAwait(false)
            : null;
        if (found is null)
        {
            return TypedResults.Problem(revision is null
                ? DisclosureEndpoints.UnknownDisclosure(id)
                : Problems.NotFound($"There is no revision {revision} of disclosure '{id}'."));
        }

        return new RepresentationResult<ValidationReport>(found.Report(checker), revision is null ? cache.Changing : cache.Immutable, found.Headers);
    }
}
