using OpenBudget.Api.Endpoints;
using Scalar.AspNetCore;

namespace OpenBudget.Api.Hosting;

/// <summary>Arranges the middleware and maps every endpoint.</summary>
public static class OpenBudgetApiPipeline
{
    /// <summary>Prepares the store, then adds the middleware and the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    public static async Task UseOpenBudgetApiAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<StoreSeeder>().SeedAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options.WithTitle("OpenBudget API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        HealthEndpoints.Map(app);
        SchemaEndpoints.Map(app);

        RouteGroupBuilder v1 = app.MapGroup(ApiLinks.Version);
        DisclosureEndpoints.Map(v1);
        ValidationEndpoints.Map(v1);
        ClassificationEndpoints.Map(v1);
    }
}
