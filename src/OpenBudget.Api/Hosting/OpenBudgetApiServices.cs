using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Aggregation;
using OpenBudget.Api.Bulk;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Http;
using OpenBudget.Api.Json;
using OpenBudget.Api.Options;
using OpenBudget.Api.Representations;
using OpenBudget.Api.Store;

namespace OpenBudget.Api.Hosting;

/// <summary>Registers the service's parts: options, store, checker, JSON, problem details, OpenAPI, CORS, compression and rate limiting.</summary>
public static class OpenBudgetApiServices
{
    /// <summary>Adds the OpenBudget API's services.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddOpenBudgetApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        string contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<OpenBudgetOptions>()
            .Bind(builder.Configuration.GetSection(OpenBudgetOptions.Section))
            .PostConfigure(options =>
            {
                options.Store.Path = ResolveStorePath(options.Store.Path, contentRoot);
                options.Bulk.Path = string.IsNullOrWhiteSpace(options.Bulk.Path)
                    ? Path.Combine(Path.GetDirectoryName(options.Store.Path) ?? contentRoot, "bulk")
                    : Path.GetFullPath(options.Bulk.Path, contentRoot);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenBudgetOptions>, OpenBudgetOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDisclosureStore>(sp => new SqliteDisclosureStore(
            sp.GetRequiredService<IOptions<OpenBudgetOptions>>().Value.Store.Path, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RepresentationCache>();
        services.AddSingleton<AggregateService>();
        services.AddSingleton<BulkDownloads>();

        // The one place the validator is wired in.
        services.AddSingleton<IDisclosureChecker, DisclosureValidatorChecker>();

        services.AddSingleton(_ => DisclosureSchema.FromEmbedded());
        services.AddSingleton<DisclosureBody>();
        services.AddSingleton<JsonRepresentations>();
        services.AddSingleton<CacheControl>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddSingleton<StoreSeeder>();

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Apply);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi(options => OpenApiDocumentSetup.Configure(options));

        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match", "If-Range", "Range", "Accept", "Accept-Language")
            .WithExposedHeaders("ETag", "Link", "Content-Location", "Location", "Content-Range", "Accept-Ranges")));

        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "application/problem+json", "application/schema+json", "text/csv", "text/html", "text/javascript"];
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimits.RejectAsync;
            options.AddPolicy(DisclosureEndpoints.WritePolicy, RateLimits.WritesPerClient);
        });

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            long limit = context.Configuration.GetSection(OpenBudgetOptions.Section).GetValue<long?>("Limits:MaxRequestBodyBytes") ?? new LimitOptions().MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestBodySize = limit;
        });

        // Run Kestrel's own continuations (parsing a request, sending a response) on the thread that completed the socket operation
        // instead of queueing each one to Kestrel's I/O queues and the thread pool again: on a few cores those hand-offs cost more than
        // writing a cached 200 KB body. The runtime still completes socket operations on thread-pool threads (its own inline
        // completions, DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS, stay off), so handlers run where they ran before and a slow one
        // holds a pool thread, never the socket event loop.
        services.Configure<SocketTransportOptions>(options => options.UnsafePreferInlineScheduling = true);
        services.AddSingleton<IMemoryPoolFactory<byte>, TransportMemoryPoolFactory>();

        return builder;
    }

    private static string ResolveStorePath(string configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        string data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(data)
            ? Path.Combine(contentRoot, "data", "openbudget.db")
            : Path.Combine(data, "OpenBudget", "openbudget.db");
    }
}
