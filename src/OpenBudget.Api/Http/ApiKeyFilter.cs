using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Options;

namespace OpenBudget.Api.Http;

/// <summary>Lets a write through only with a configured API key in the X-Api-Key header: 401 without a key, 403 with a wrong one or when no key is configured.</summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<OpenBudgetOptions> options) : IEndpointFilter
{
    /// <summary>The header that carries the key.</summary>
    internal const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        IList<string> keys = options.CurrentValue.ApiKeys;
        if (keys.Count == 0)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(Problems.Create(
                StatusCodes.Status403Forbidden, ProblemTypes.ApiKeyRefused, "Publishing is switched off",
                "This server has no API keys configured (OpenBudget:ApiKeys), so it accepts no writes.")));
        }

        string? presented = context.HttpContext.Request.Headers[Header];
        if (string.IsNullOrEmpty(presented))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            return ValueTask.FromResult<object?>(TypedResults.Problem(Problems.Create(
                StatusCodes.Status401Unauthorized, ProblemTypes.ApiKeyMissing, "API key required",
                $"Publishing needs an API key in the {Header} header.")));
        }

        if (!keys.Any(key => SameSecret(key, presented)))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(Problems.Create(
                StatusCodes.Status403Forbidden, ProblemTypes.ApiKeyRefused, "API key refused",
                $"The key in the {Header} header is not one this server accepts.")));
        }

        return next(context);
    }

    private static bool SameSecret(string expected, string presented)
    {
        // Comparing fixed-length digests in constant time reveals neither the key nor its length through timing.
        Span<byte> a = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> b = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
