using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Api.Options;
using OpenBudget.Api.Representations;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Api.Endpoints;

/// <summary>The disclosures: listing, reading (current revision, every revision, one table as JSON or CSV) and publishing.</summary>
public static class DisclosureEndpoints
{
    /// <summary>The rate-limiting policy of writes.</summary>
    internal const string WritePolicy = "writes";

    /// <summary>Maps the disclosure endpoints.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        RouteGroupBuilder disclosures = v1.MapGroup("/disclosures").WithTags("Disclosures");

        disclosures.MapGet("/", List)
            .WithName("ListDisclosures")
            .WithSummary("List disclosures (部门预算公开), each by its current revision")
            .WithDescription("Filters combine with AND. `region` takes a six-digit code or a prefix (\"65\" for a province). Pages are ordered by id; `pageSize` is capped at the configured maximum.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        disclosures.MapPost("/", Publish)
            .WithName("PublishDisclosure")
            .WithSummary("Publish a disclosure: stored as the next revision of its id, with its validation report")
            .WithDescription("Needs an API key (header X-Api-Key). The id is derived from region code, fiscal year, phase and department, so publishing the same department, year and phase again adds a revision; nothing is overwritten. A document with inconsistent numbers is stored as published, with its findings. Posting a document identical to the current revision stores nothing and answers 200. " + ImportQuery.Description)
            .Accepts<BudgetDisclosure>(DisclosureBody.JsonMediaType, DisclosureBody.TextMediaType, DisclosureBody.PdfMediaType)
            .WithMetadata(ImportMarker.Instance)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithMetadata(ApiKeyMarker.Instance)
            .RequireRateLimiting(WritePolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        disclosures.MapGet("/{id}", Get)
            .WithName("GetDisclosure")
            .WithSummary("Get the current revision of a disclosure, exactly as the library writes it")
            .ProducesProblem(StatusCodes.Status404NotFound);

        disclosures.MapGet("/{id}/revisions", Revisions)
            .WithName("ListRevisions")
            .WithSummary("List every revision of a disclosure, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        disclosures.MapGet("/{id}/revisions/{revision:int}", GetRevision)
            .WithName("GetRevision")
            .WithSummary("Get one revision of a disclosure; a numbered revision never changes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        disclosures.MapGet("/{id}/tables/{kind}", Table)
            .WithName("GetTable")
            .WithSummary("Get one table of the current revision as JSON, or as CSV (Accept: text/csv, or the suffix .csv)")
            .WithDescription("`kind` is the table's kind as in the JSON (e.g. `expenditure`, `generalPublicBudgetBasicExpenditure`), optionally followed by `.csv` or `.json`.")
            .WithMetadata(CsvMarker.Instance)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        return disclosures;
    }

    internal static async Task<Results<RepresentationResult<DisclosureList>, ProblemHttpResult>> List(
        HttpRequest request,
        IDisclosureStore store,
        JsonRepresentations json,
        CacheControl cache,
        IOptions<OpenBudgetOptions> options,
        int? year,
        string? region,
        string? department,
        string? phase,
        bool? hasErrors,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        LimitOptions limits = options.Value.Limits;
        if (year is < 1000 or > 9999)
        {
            return TypedResults.Problem(Problems.InvalidParameter("year", $"year={year} is not a four-digit fiscal year."));
        }

        if (region is not null && (region.Length is < 1 or > 6 || !region.All(char.IsAsciiDigit)))
        {
            return TypedResults.Problem(Problems.InvalidParameter("region", $"region='{region}' is not an administrative division code or a prefix of one (1 to 6 digits, e.g. 650100 or 65)."));
        }

        DisclosurePhase? wantedPhase = null;
        if (phase is not null)
        {
            if (!DisclosureId.TryParsePhase(phase, out DisclosurePhase parsed))
            {
                return TypedResults.Problem(Problems.InvalidParameter("phase", $"phase='{phase}' is not a phase; use budget or final-accounts."));
            }

            wantedPhase = parsed;
        }

        if (page is < 1)
        {
            return TypedResults.Problem(Problems.InvalidParameter("page", $"page={page}: pages are numbered from 1."));
        }

        if (pageSize is < 1)
        {
            return TypedResults.Problem(Problems.InvalidParameter("pageSize", $"pageSize={pageSize}: a page holds at least 1 disclosure."));
        }

        var query = new DisclosureQuery
        {
            FiscalYear = year,
            Region = region,
            Department = string.IsNullOrWhiteSpace(department) ? null : PrintedText.Normalize(department),
            Phase = wantedPhase,
            HasErrors = hasErrors,
            Page = page ?? 1,
            PageSize = Math.Min(pageSize ?? limits.DefaultPageSize, limits.MaxPageSize),
        };
        DisclosurePage found = await store.ListAsync(query, cancellationToken).ConfigureAwait(false);
        int lastPage = Math.Max(1, (found.Total + query.PageSize - 1) / query.PageSize);
        var links = new PageLinks(
            PageUrl(request, query.Page, query.PageSize),
            PageUrl(request, 1, query.PageSize),
            query.Page > 1 ? PageUrl(request, Math.Min(query.Page - 1, lastPage), query.PageSize) : null,
            query.Page < lastPage ? PageUrl(request, query.Page + 1, query.PageSize) : null,
            PageUrl(request, lastPage, query.PageSize));
        var list = new DisclosureList([.. found.Items.Select(ApiLinks.Summary)], query.Page, query.PageSize, found.Total, links);
        return new RepresentationResult<DisclosureList>(json.Of(list), cache.Changing);
    }

    internal static async Task<Results<Created<DisclosureSummary>, Ok<DisclosureSummary>, ProblemHttpResult>> Publish(
        HttpRequest request,
        DisclosureBody body,
        IDisclosureChecker checker,
        IDisclosureStore store,
        RepresentationCache representations,
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

        BudgetDisclosure disclosure = read.Disclosure;
        if (!DisclosureKey.TryFrom(disclosure, out DisclosureKey? key, out KeyProblem? keyProblem))
        {
            string hint = read.Import is not null && keyProblem.JsonPointer.StartsWith("/region", StringComparison.Ordinal)
                ? " A text or PDF prints no division code: give it as ?region=310107&regionName=普陀区."
                : "";
            return TypedResults.Problem(Problems.WithImport(
                Problems.InvalidDisclosure($"The disclosure cannot be identified: {keyProblem.Message}{hint}", [new InputError(keyProblem.JsonPointer, keyProblem.Message)]),
                read.Import));
        }

        ValidationReport report = checker.Check(disclosure);
        if (read.Pages is not null)
        {
            report = read.Pages.Locate(report);
        }

        var revision = new NewRevision(key, disclosure.Title, OpenBudgetJson.SerializeToUtf8Bytes(disclosure), ReportJson.Serialize(report), !report.Summary.Valid);
        PublishResult published = await store.PublishAsync(revision, cancellationToken).ConfigureAwait(false);
        representations.Advance(key.Id, published.Revision.Revision);
        DisclosureSummary summary = ApiLinks.Summary(published.Revision) with { Import = read.Import };
        if (published.Created)
        {
            return TypedResults.Created(summary.Links.Self, summary);
        }

        request.HttpContext.Response.Headers.ContentLocation = summary.Links.Self;
        return TypedResults.Ok(summary);
    }

    internal static async Task<Results<RepresentationResult<BudgetDisclosure>, ProblemHttpResult>> Get(
        string id, RepresentationCache representations, CacheControl cache, CancellationToken cancellationToken)
    {
        DisclosureRepresentation? found = DisclosureId.TryParse(id, out DisclosureId disclosureId)
            ? await representations.GetAsync(disclosureId, null, cancellationToken).ConfigureAwait(false)
            : null;
        return found is null
            ? TypedResults.Problem(UnknownDisclosure(id))
            : new RepresentationResult<BudgetDisclosure>(found.Document, cache.Changing, found.Headers);
    }

    internal static async Task<Results<RepresentationResult<BudgetDisclosure>, ProblemHttpResult>> GetRevision(
        string id, int revision, RepresentationCache representations, CacheControl cache, CancellationToken cancellationToken)
    {
        DisclosureRepresentation? found = DisclosureId.TryParse(id, out DisclosureId disclosureId) && revision >= 1
            ? await representations.GetAsync(disclosureId, revision, cancellationToken).ConfigureAwait(false)
            : null;
        return found is null
            ? TypedResults.Problem(Problems.NotFound($"There is no revision {revision.ToString(CultureInfo.InvariantCulture)} of disclosure '{id}'; GET {ApiLinks.Version}/disclosures/{id}/revisions lists them."))
            : new RepresentationResult<BudgetDisclosure>(found.Document, cache.Immutable, found.Headers);
    }

    internal static async Task<Results<RepresentationResult<RevisionList>, ProblemHttpResult>> Revisions(
        string id, IDisclosureStore store, JsonRepresentations json, CacheControl cache, CancellationToken cancellationToken)
    {
        IReadOnlyList<RevisionInfo> revisions = DisclosureId.TryParse(id, out DisclosureId disclosureId)
            ? await store.ListRevisionsAsync(disclosureId, cancellationToken).ConfigureAwait(false)
            : [];
        return revisions.Count == 0
            ? TypedResults.Problem(UnknownDisclosure(id))
            : new RepresentationResult<RevisionList>(json.Of(new RevisionList(id, revisions[^1].CurrentRevision, [.. revisions.Select(ApiLinks.Summary)])), cache.Changing);
    }

    internal static async Task<Results<RepresentationResult<DisclosureTable>, ProblemHttpResult>> Table(
        HttpRequest request, string id, string kind, RepresentationCache representations, CacheControl cache, CancellationToken cancellationToken)
    {
        string name = kind;
        bool? csv = null;
        if (kind.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            (name, csv) = (kind[..^4], true);
        }
        else if (kind.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            (name, csv) = (kind[..^5], false);
        }

        csv ??= TableFormat.FromAccept(request.Headers.Accept);
        if (csv is null)
        {
            return TypedResults.Problem(Problems.NotAcceptable("application/json or text/csv"));
        }

        if (!TableFormat.TryParseKind(name, out TableKind tableKind))
        {
            return TypedResults.Problem(Problems.NotFound($"'{name}' is not a table kind; kinds are {string.Join(", ", TableFormat.KindNames)}."));
        }

        DisclosureRepresentation? found = DisclosureId.TryParse(id, out DisclosureId disclosureId)
            ? await representations.GetAsync(disclosureId, null, cancellationToken).ConfigureAwait(false)
            : null;
        if (found is null)
        {
            return TypedResults.Problem(UnknownDisclosure(id));
        }

        Representation? table = found.Table(tableKind, csv.Value);
        if (table is null)
        {
            string printed = string.Join(", ", found.Model.Tables.Select(t => TableFormat.KindName(t.Kind)).Distinct());
            return TypedResults.Problem(Problems.NotFound($"Disclosure '{id}' prints no {name} table; it prints {printed}."));
        }

        return new RepresentationResult<DisclosureTable>(table, cache.Changing, found.Headers);
    }

    internal static Microsoft.AspNetCore.Mvc.ProblemDetails UnknownDisclosure(string id)
        => Problems.NotFound(DisclosureId.TryParse(id, out _)
            ? $"There is no disclosure '{id}'; GET {ApiLinks.Version}/disclosures lists them."
            : $"'{id}' is not a disclosure id; ids look like 650100-2026-budget-1a2b3c4d5e6f (region code, fiscal year, phase, department hash).");

    private static string PageUrl(HttpRequest request, int page, int pageSize)
    {
        var query = request.Query
            .Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Append(new("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        return $"{request.PathBase}{request.Path}{Microsoft.AspNetCore.Http.QueryString.Create(query)}";
    }
}
