using Microsoft.AspNetCore.Diagnostics;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Hosting;

/// <summary>Answers a request the framework could not read (a parameter that does not bind, a body over Kestrel's limit) with a problem that says which and why.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? Problems.Create(bad.StatusCode, ProblemTypes.TooLarge, "Request body too large", bad.Message)
            : Problems.Create(bad.StatusCode, ProblemTypes.InvalidParameter, "Bad request", bad.Message);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }
}
