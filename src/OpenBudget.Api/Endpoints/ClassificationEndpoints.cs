using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;
using OpenBudget.Classification;

namespace OpenBudget.Api.Endpoints;

/// <summary>The classification catalogues (政府收支分类科目) by scheme and fiscal year: one code, and a code's children.</summary>
public static class ClassificationEndpoints
{
    private const string Functional = "functional";
    private const string Economic = "economic";
    private const string EconomicGovernment = "economic-government";

    /// <summary>Maps the classification endpoints.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        RouteGroupBuilder group = v1.MapGroup("/classifications").WithTags("Classifications");

        group.MapGet("/{scheme}/{year:int}/{code}", Get)
            .WithName("GetClassificationCode")
            .WithSummary("Look a code up in a year's catalogue: functional (支出功能分类), economic (部门预算支出经济分类) or economic-government (政府预算支出经济分类)")
            .WithDescription("English labels are added beside the Chinese names with ?lang=en or Accept-Language: en; the Chinese name is the source. An unknown code answers 404 with the nearest known codes.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{scheme}/{year:int}/{code}/children", Children)
            .WithName("GetClassificationChildren")
            .WithSummary("List the children of a code: the sections (款) of a class (类), the items (项) of a section")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static Results<RepresentationResult<ClassificationEntryResponse>, ProblemHttpResult> Get(
        HttpRequest request, string scheme, int year, string code, string? lang, JsonRepresentations json, CacheControl cache)
    {
        bool english = Language.WantsEnglish(request, lang);
        return Resolve(scheme, year, code, english) switch
        {
            { Problem: { } problem } => TypedResults.Problem(problem),
            { Entry: { } entry } => Served<ClassificationEntryResponse>(request, json.Of(entry.Response), cache, english),
            _ => throw new InvalidOperationException("A look-up gives an entry or a problem."),
        };
    }

    internal static Results<RepresentationResult<ClassificationChildrenResponse>, ProblemHttpResult> Children(
        HttpRequest request, string scheme, int year, string code, string? lang, JsonRepresentations json, CacheControl cache)
    {
        bool english = Language.WantsEnglish(request, lang);
        return Resolve(scheme, year, code, english) switch
        {
            { Problem: { } problem } => TypedResults.Problem(problem),
            { Entry: { } entry } => Served<ClassificationChildrenResponse>(request, json.Of(new ClassificationChildrenResponse(entry.Response, entry.Children())), cache, english),
            _ => throw new InvalidOperationException("A look-up gives an entry or a problem."),
        };
    }

    private static RepresentationResult<T> Served<T>(HttpRequest request, Representations.Representation body, CacheControl cache, bool english)
    {
        request.HttpContext.Response.Headers.ContentLanguage = english ? "zh, en" : "zh";
        return new RepresentationResult<T>(body, cache.Immutable, [new("Vary", "Accept-Language")]);
    }

    private static Resolved Resolve(string scheme, int year, string code, bool english)
    {
        if (scheme is not (Functional or Economic or EconomicGovernment))
        {
            return new Resolved(null, Problems.NotFound($"'{scheme}' is not a classification scheme; schemes are {Functional}, {Economic} and {EconomicGovernment}."));
        }

        if (!ClassificationCatalogues.TryForYear(year, out ClassificationCatalogues? catalogues))
        {
            return new Resolved(null, Problems.NotFound($"There is no classification catalogue for {year.ToString(CultureInfo.InvariantCulture)}; the service holds {string.Join(", ", ClassificationCatalogues.AvailableYears)}."));
        }

        return scheme == Functional
            ? Resolve(scheme, catalogues.Functional, code, english)
            : Resolve(scheme, scheme == Economic ? catalogues.EconomicDepartment : catalogues.EconomicGovernment, code, english);
    }

    private static Resolved Resolve<TCode>(string scheme, ClassificationCatalogue<TCode> catalogue, string code, bool english)
        where TCode : struct, IClassificationCode<TCode>
    {
        if (!TCode.TryParse(code, out TCode parsed, out string? reason))
        {
            return new Resolved(null, Problems.InvalidParameter("code", reason));
        }

        CatalogueLookup<TCode> lookup = catalogue.Lookup(parsed);
        if (lookup.Entry is not ClassificationEntry<TCode> entry)
        {
            var problem = Problems.NotFound($"{parsed} is not in the {catalogue.Year.ToString(CultureInfo.InvariantCulture)} {scheme} catalogue.");
            problem.Extensions["nearest"] = lookup.Nearest.Select(e => Response(scheme, catalogue.Year, e, english)).ToArray();
            return new Resolved(null, problem);
        }

        return new Resolved(
            new ResolvedEntry(Response(scheme, catalogue.Year, entry, english), () => [.. catalogue.Children(parsed).Select(c => Response(scheme, catalogue.Year, c, english))]),
            null);
    }

    private static ClassificationEntryResponse Response<TCode>(string scheme, int year, ClassificationEntry<TCode> entry, bool english)
        where TCode : struct, IClassificationCode<TCode>
    {
        string self = $"{ApiLinks.Version}/classifications/{scheme}/{year.ToString(CultureInfo.InvariantCulture)}/{entry.Code}";
        string? parent = entry.Parent?.ToString();
        return new ClassificationEntryResponse(
            scheme,
            year,
            entry.Code.ToString() ?? "",
            entry.Name,
            english ? entry.EnglishName : null,
            entry.Depth switch { 0 => "class", 1 => "section", _ => "item" },
            parent,
            new ClassificationLinks(self, $"{self}/children", parent is null ? null : $"{ApiLinks.Version}/classifications/{scheme}/{year.ToString(CultureInfo.InvariantCulture)}/{parent}"));
    }

    private sealed record ResolvedEntry(ClassificationEntryResponse Response, Func<IReadOnlyList<ClassificationEntryResponse>> Children);

    private sealed record Resolved(ResolvedEntry? Entry, Microsoft.AspNetCore.Mvc.ProblemDetails? Problem);
}
