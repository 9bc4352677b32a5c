using Microsoft.AspNetCore.Http.HttpResults;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Hosting;
using OpenBudget.Api.Http;
using OpenBudget.Api.Store;
using OpenBudget.Validation;

namespace OpenBudget.Api.Endpoints;

/// <summary>The liveness probe, outside the versioned API.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps GET /healthz.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app)
        => app.MapGet("/healthz", Check)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Tell whether the service and its store answer")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> Check(
        HttpContext context, IDisclosureStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            int count = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthResponse("ok", count, DisclosureValidator.Rules.Count));
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            Log.StoreDidNotAnswer(loggers.CreateLogger(typeof(HealthEndpoints)), ex);
            return TypedResults.Problem(Problems.Create(StatusCodes.Status503ServiceUnavailable, "about:blank", "Store unavailable", "The store did not answer."));
        }
    }
}
