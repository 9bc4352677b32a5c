using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Hosting;

/// <summary>Fills what every problem answer carries: the request path as "instance", and a plain detail for bare status codes.</summary>
internal static class ProblemDefaults
{
    internal static void Apply(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.PathBase}{context.HttpContext.Request.Path}";
        if (context.ProblemDetails.Detail is null)
        {
            context.ProblemDetails.Detail = context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => $"There is no resource at {context.HttpContext.Request.Path}; the API is described at /openapi/v1.json.",
                StatusCodes.Status415UnsupportedMediaType => $"This endpoint reads {DisclosureBody.AcceptedMediaTypes}; the body was sent as '{context.HttpContext.Request.ContentType}'.",
                StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}.",
                StatusCodes.Status500InternalServerError => "The server failed to answer; the failure was logged.",
                _ => null,
            };
        }
    }
}
