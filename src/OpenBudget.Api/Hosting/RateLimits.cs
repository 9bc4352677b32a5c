using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Http;
using OpenBudget.Api.Options;

namespace OpenBudget.Api.Hosting;

/// <summary>The per-client limit on writes: a fixed window of one minute per client address.</summary>
internal static class RateLimits
{
    internal static RateLimitPartition<string> WritesPerClient(HttpContext context)
    {
        int permits = context.RequestServices.GetRequiredService<IOptions<OpenBudgetOptions>>().Value.Limits.WritesPerMinute;
        string client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    internal static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        HttpContext context = rejected.HttpContext;
        string detail = "This client has made more writes than the service allows per minute.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
        {
            int seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail += $" Try again in {seconds} s.";
        }

        await TypedResults.Problem(Problems.Create(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Too many requests", detail))
            .ExecuteAsync(context).ConfigureAwait(false);
    }
}
