using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Options;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Api.Http;

/// <summary>Reads a disclosure from a request body: size first, then well-formedness and depth, then the model; each failure a problem that says where.</summary>
/// <remarks>
/// A body larger than the limit is refused (413) from its Content-Length or as soon as the limit is passed while reading;
/// JSON nested deeper than the limit is refused (400) by a forward-only scan before any model is built; a document that
/// breaks the published schema is refused (422) with the JSON Pointer of each fault; then the reader builds the model.
/// </remarks>
public sealed class DisclosureBody(IOptionsMonitor<OpenBudgetOptions> options, DisclosureSchema schema)
{
    /// <summary>The media types a disclosure may be posted as.</summary>
    public const string AcceptedMediaTypes = "application/json";

    /// <summary>Reads the body of a request as a disclosure.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The disclosure, or the problem to answer with.</returns>
    public async Task<BodyOutcome> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return new BodyOutcome(null, Problems.UnsupportedMediaType(request.ContentType, AcceptedMediaTypes));
        }

        LimitOptions limits = options.CurrentValue.Limits;
        long limit = limits.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return new BodyOutcome(null, Problems.TooLarge(limit));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        byte[]? body = await ReadBoundedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new BodyOutcome(null, Problems.TooLarge(limit));
        }

        if (Scan(body, limits.MaxJsonDepth) is ProblemDetails malformed)
        {
            return new BodyOutcome(null, malformed);
        }

        if (schema.Schema is not null)
        {
            using JsonDocument document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth });
            IReadOnlyList<InputError> errors = schema.Check(document.RootElement);
            if (errors.Count > 0)
            {
                return new BodyOutcome(null, Problems.InvalidDisclosure(
                    $"The document breaks the published schema ({DisclosureSchema.FileName}) in {errors.Count} place{(errors.Count == 1 ? "" : "s")}; the first is at {(errors[0].JsonPointer.Length == 0 ? "the top level" : errors[0].JsonPointer)}: {errors[0].Detail}",
                    errors));
            }
        }

        try
        {
            return new BodyOutcome(OpenBudgetJson.Deserialize(body), null);
        }
        catch (DisclosureJsonException ex)
        {
            return new BodyOutcome(null, Problems.InvalidDisclosure(ex));
        }
    }

    /// <summary>Checks that the bytes are one well-formed JSON value no deeper than the limit, without building anything.</summary>
    /// <param name="body">The bytes.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <returns>The problem, or <see langword="null"/> when the JSON is well-formed.</returns>
    internal static ProblemDetails? Scan(ReadOnlySpan<byte> body, int maxDepth)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            string reason = ex.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut >= 0 ? reason[..cut].TrimEnd() : reason;
            if (reader.CurrentDepth >= maxDepth - 1 && reason.Contains("depth", StringComparison.OrdinalIgnoreCase))
            {
                reason = $"The JSON is nested deeper than the {maxDepth} levels this service accepts.";
            }

            return Problems.MalformedJson(reason, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
        }
    }

    private static bool IsJson(string? contentType)
        => MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media)
            && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
