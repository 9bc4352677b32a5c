using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using OpenBudget.Api.Representations;

namespace OpenBudget.Api.Http;

/// <summary>Serves a cached representation: 200 with its bytes (Brotli or gzip when the client accepts them), or 304 when If-None-Match names its ETag.</summary>
/// <typeparam name="TDocumented">The type the body is documented as in the OpenAPI document.</typeparam>
public sealed class RepresentationResult<TDocumented> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    private const int CompressAbove = 1024;
    private readonly Representation _representation;
    private readonly string _cacheControl;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;

    /// <summary>Initializes a new instance of the <see cref="RepresentationResult{TDocumented}"/> class.</summary>
    /// <param name="representation">The body.</param>
    /// <param name="cacheControl">The Cache-Control value.</param>
    /// <param name="headers">Further headers (Link, Content-Location).</param>
    public RepresentationResult(Representation representation, string cacheControl, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        _representation = representation ?? throw new ArgumentNullException(nameof(representation));
        _cacheControl = cacheControl;
        _headers = headers ?? [];
    }

    /// <inheritdoc/>
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc/>
#pragma warning disable CA1000 // IEndpointMetadataProvider is a static abstract interface: its member must live on this generic type.
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TDocumented), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));
    }
#pragma warning restore CA1000

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        IHeaderDictionary headers = response.Headers;
        headers.ETag = _representation.ETag;
        headers.CacheControl = _cacheControl;
        headers.Vary = "Accept, Accept-Encoding";
        foreach (KeyValuePair<string, string> header in _headers)
        {
            headers.Append(header.Key, header.Value);
        }

        if (Conditional.Matches(httpContext.Request.Headers.IfNoneMatch, _representation.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = _representation.ContentType;
        byte[] body = _representation.Content;
        if (body.Length > CompressAbove)
        {
            string? coding = Conditional.PreferredEncoding(httpContext.Request.Headers.AcceptEncoding);
            if (coding is not null)
            {
                body = coding == "br" ? _representation.Brotli : _representation.Gzip;
                headers.ContentEncoding = coding;
            }
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
