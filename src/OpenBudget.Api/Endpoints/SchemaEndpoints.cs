using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenBudget.Api.Http;
using OpenBudget.Api.Representations;

namespace OpenBudget.Api.Endpoints;

/// <summary>The published JSON Schemas, served at the URLs their $ids name (https://openbudget.example.org/schemas/…).</summary>
public static class SchemaEndpoints
{
    private const string ResourcePrefix = "OpenBudget.Api.Schemas.";

    private static readonly Lazy<IReadOnlyDictionary<string, Representation>> Schemas = new(Load);

    /// <summary>Gets the file names of the schemas embedded in the service, e.g. "disclosure.v1.schema.json".</summary>
    public static IReadOnlyCollection<string> Names => [.. Schemas.Value.Keys];

    /// <summary>Maps GET /schemas/{name}.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app)
        => app.MapGet("/schemas/{name}", Get)
            .WithTags("Schemas")
            .WithName("GetSchema")
            .WithSummary("Get a published JSON Schema (2020-12)")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Gets an embedded schema's bytes.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The schema, or <see langword="null"/>.</returns>
    internal static Representation? Find(string name) => Schemas.Value.GetValueOrDefault(name);

    internal static Results<RepresentationResult<object>, ProblemHttpResult> Get(string name, CacheControl cache)
        => Find(name) is Representation schema
            ? new RepresentationResult<object>(schema, cache.Changing)
            : TypedResults.Problem(Problems.NotFound(Schemas.Value.Count == 0
                ? $"There is no schema '{name}'; this build publishes none yet."
                : $"There is no schema '{name}'; the published schemas are {string.Join(", ", Schemas.Value.Keys.Order(StringComparer.Ordinal))}."));

    private static Dictionary<string, Representation> Load()
    {
        Assembly assembly = typeof(SchemaEndpoints).Assembly;
        var schemas = new Dictionary<string, Representation>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            schemas[resource[ResourcePrefix.Length..]] = new Representation(buffer.ToArray(), ContentTypes.SchemaJson);
        }

        return schemas;
    }
}
