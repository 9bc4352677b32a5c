using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Options;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Pdf;

namespace OpenBudget.Api.Http;

/// <summary>Reads a disclosure from a request body (JSON, the text of a disclosure, or its PDF): size first, then the format's checks, then the model; each failure a problem that says where.</summary>
/// <remarks>
/// <para>A body larger than the limit is refused (413) from its Content-Length or as soon as the limit is passed while reading.</para>
/// <para>JSON nested deeper than the limit is refused (400) by a forward-only scan before any model is built; a document that
/// breaks the published schema is refused (422) with the JSON Pointer of each fault; then the reader builds the model.</para>
/// <para>Text (text/plain, UTF-8) goes through the library's <see cref="DisclosureImporter"/>, a PDF (application/pdf) through
/// <see cref="PdfDisclosureImporter"/> within the page and time limits; the outcome carries the import's diagnostics and
/// coverage figure and, for a PDF, the page map. A PDF that cannot be read (not a PDF, encrypted, scanned, damaged, over a
/// limit) is refused with the reason; input in which no disclosure is found is refused (422) with the diagnostics.</para>
/// </remarks>
public sealed class DisclosureBody(IOptionsMonitor<OpenBudgetOptions> options, DisclosureSchema schema)
{
    /// <summary>The media types a disclosure may be posted as.</summary>
    public const string AcceptedMediaTypes = "application/json, text/plain or application/pdf";

    /// <summary>The media type of a disclosure's JSON.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>The media type of a disclosure's text, as a text extraction (pdftotext -layout) or a copy of the published page gives it; read as UTF-8.</summary>
    public const string TextMediaType = "text/plain";

    /// <summary>The media type of a disclosure's published PDF.</summary>
    public const string PdfMediaType = "application/pdf";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the body of a request as a disclosure.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The disclosure, or the problem to answer with.</returns>
    public Task<BodyOutcome> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
        => ReadAsync(request, ImportOptions.Default, cancellationToken);

    /// <summary>Reads the body of a request as a disclosure, importing text and PDF bodies with the given options.</summary>
    /// <param name="request">The request.</param>
    /// <param name="importOptions">What the text or PDF does not print (region, and the fiscal year when it is wrong); unused for JSON.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The disclosure with the import's account of it, or the problem to answer with.</returns>
    public async Task<BodyOutcome> ReadAsync(HttpRequest request, ImportOptions importOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(importOptions);
        BodyFormat? format = FormatOf(request.ContentType);
        if (format is null)
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

        return format switch
        {
            BodyFormat.Text => ReadText(body, importOptions),
            BodyFormat.Pdf => ReadPdf(body, limits, importOptions, cancellationToken),
            _ => ReadJson(body, limits),
        };
    }

    private BodyOutcome ReadJson(byte[] body, LimitOptions limits)
    {
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

    private static BodyOutcome ReadText(byte[] body, ImportOptions importOptions)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            return new BodyOutcome(null, Problems.MalformedText(
                $"The text is not UTF-8: the byte at offset {ex.Index} cannot be decoded. Send the text as UTF-8 (text/plain; charset=utf-8)."));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        ImportResult result = DisclosureImporter.Import(text, importOptions);
        return Imported(result, ImportSummaries.Of("text", null, result), null);
    }

    private static BodyOutcome ReadPdf(byte[] body, LimitOptions limits, ImportOptions importOptions, CancellationToken cancellationToken)
    {
        var pdfOptions = new PdfImportOptions
        {
            MaxBytes = limits.MaxRequestBodyBytes,
            MaxPages = limits.MaxPdfPages,
            Timeout = limits.PdfReadTimeout,
        };
        PdfImportResult imported;
        try
        {
            imported = PdfDisclosureImporter.ImportWithPages(body, pdfOptions, importOptions, cancellationToken);
        }
        catch (PdfImportException ex)
        {
            return new BodyOutcome(null, Problems.UnreadablePdf(ex, limits));
        }

        return Imported(imported.Result, ImportSummaries.Of("pdf", imported.PageCount, imported.Result), imported.Pages);
    }

    private static BodyOutcome Imported(ImportResult result, ImportSummary summary, PdfPageMap? pages)
    {
        if (!result.IsReadable)
        {
            return new BodyOutcome(null, Problems.ImportFailed(summary));
        }

        return new BodyOutcome(result.Disclosure, null) { Import = summary, Pages = pages };
    }

    private static BodyFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media))
        {
            return null;
        }

        if (media.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Json;
        }

        if (media.MediaType.Equals(PdfMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Pdf;
        }

        bool utf8 = !media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || media.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return media.MediaType.Equals(TextMediaType, StringComparison.OrdinalIgnoreCase) && utf8 ? BodyFormat.Text : null;
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

    private enum BodyFormat
    {
        Json,
        Text,
        Pdf,
    }
}
