using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Options;
using OpenBudget.Json;
using OpenBudget.Pdf;

namespace OpenBudget.Api.Http;

/// <summary>Builds the RFC 9457 problem details the API answers errors with.</summary>
public static class Problems
{
    /// <summary>Creates a problem.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="type">The problem type URI (<see cref="ProblemTypes"/>).</param>
    /// <param name="title">A short, fixed summary of the problem type.</param>
    /// <param name="detail">What happened in this case.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails Create(int status, string type, string title, string detail)
        => new() { Status = status, Type = type, Title = title, Detail = detail };

    /// <summary>Creates a 404 problem.</summary>
    /// <param name="detail">What was not found.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails NotFound(string detail) => Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", detail);

    /// <summary>Creates a 400 problem for a bad query or route parameter.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="detail">What is wrong with it.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails InvalidParameter(string parameter, string detail)
    {
        ProblemDetails problem = Create(StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "Invalid parameter", detail);
        problem.Extensions["parameter"] = parameter;
        return problem;
    }

    /// <summary>Creates a 400 problem for a body that is not well-formed JSON, with the line and position (both 1-based) of the fault.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="position">The 1-based byte position in the line.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails MalformedJson(string reason, long line, long position)
    {
        ProblemDetails problem = Create(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON", $"line {line}, position {position}: {reason}");
        problem.Extensions["line"] = line;
        problem.Extensions["position"] = position;
        return problem;
    }

    /// <summary>Creates a 422 problem for JSON that is not a disclosure, with the JSON path, line and position the reader reported.</summary>
    /// <param name="exception">The reader's exception.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails InvalidDisclosure(DisclosureJsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ProblemDetails problem = Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.InvalidDisclosure, "Not a valid disclosure", exception.Message);
        if (exception.Path is { } path)
        {
            problem.Extensions["path"] = path;
            problem.Extensions["errors"] = new[] { new InputError(JsonPaths.ToPointer(path), exception.Reason ?? exception.Message) };
        }

        if (exception.LineNumber is long line)
        {
            problem.Extensions["line"] = line;
        }

        if (exception.BytePositionInLine is long position)
        {
            problem.Extensions["position"] = position;
        }

        return problem;
    }

    /// <summary>Creates a 422 problem listing the places where a body breaks the rules.</summary>
    /// <param name="detail">A summary.</param>
    /// <param name="errors">The places, each with its JSON Pointer.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails InvalidDisclosure(string detail, IReadOnlyList<InputError> errors)
    {
        ProblemDetails problem = Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.InvalidDisclosure, "Not a valid disclosure", detail);
        problem.Extensions["errors"] = errors.ToArray();
        return problem;
    }

    /// <summary>Creates a 413 problem.</summary>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails TooLarge(long limit)
    {
        ProblemDetails problem = Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "Request body too large", $"The body is larger than the {limit} bytes this service accepts.");
        problem.Extensions["limit"] = limit;
        return problem;
    }

    /// <summary>Creates a 415 problem.</summary>
    /// <param name="received">The media type received.</param>
    /// <param name="accepted">The media types accepted.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails UnsupportedMediaType(string? received, string accepted)
        => Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported media type", $"The body is {(string.IsNullOrEmpty(received) ? "without a Content-Type" : $"'{received}'")}; send {accepted}.");

    /// <summary>Creates a 406 problem.</summary>
    /// <param name="accepted">The media types the endpoint serves.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails NotAcceptable(string accepted)
        => Create(StatusCodes.Status406NotAcceptable, ProblemTypes.NotAcceptable, "Not acceptable", $"This resource is served as {accepted}; the Accept header allows none of them.");

    /// <summary>Creates a 400 problem for a text body that is not UTF-8.</summary>
    /// <param name="detail">Where the text stops being UTF-8.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails MalformedText(string detail)
        => Create(StatusCodes.Status400BadRequest, ProblemTypes.MalformedText, "Malformed text", detail);

    /// <summary>Creates the problem for a PDF that cannot be read: 413 when it is over the size limit, 422 otherwise, with the reason ("not-a-pdf", "encrypted", "no-text-layer", "damaged", "too-many-pages", "timed-out") and the page when one is to blame.</summary>
    /// <param name="exception">The importer's exception.</param>
    /// <param name="limits">The service's limits, named in the problem when one was passed.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails UnreadablePdf(PdfImportException exception, LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(limits);
        if (exception.Reason == PdfImportFailureReason.TooLarge)
        {
            ProblemDetails tooLarge = TooLarge(limits.MaxRequestBodyBytes);
            tooLarge.Extensions["reason"] = "too-large";
            return tooLarge;
        }

        (string reason, string title) = exception.Reason switch
        {
            PdfImportFailureReason.NotAPdf => ("not-a-pdf", "Not a PDF"),
            PdfImportFailureReason.Encrypted => ("encrypted", "Encrypted PDF"),
            PdfImportFailureReason.NoTextLayer => ("no-text-layer", "PDF without text (scanned)"),
            PdfImportFailureReason.TooManyPages => ("too-many-pages", "PDF has too many pages"),
            PdfImportFailureReason.TimedOut => ("timed-out", "PDF took too long to read"),
            _ => ("damaged", "Damaged PDF"),
        };
        string detail = exception.Reason switch
        {
            PdfImportFailureReason.TooManyPages => $"The PDF has more than the {limits.MaxPdfPages} pages this service reads (OpenBudget:Limits:MaxPdfPages).",
            PdfImportFailureReason.TimedOut => $"Reading the PDF took longer than the {limits.PdfReadTimeout.TotalSeconds:0.###} s this service allows (OpenBudget:Limits:PdfReadTimeout).",
            PdfImportFailureReason.Encrypted => "The PDF is encrypted with a password, so its text cannot be read; post an unprotected copy.",
            _ => exception.Message,
        };
        ProblemDetails problem = Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnreadablePdf, title, detail);
        problem.Extensions["reason"] = reason;
        if (exception.Page is int page)
        {
            problem.Extensions["page"] = page;
        }

        if (exception.Reason == PdfImportFailureReason.TooManyPages)
        {
            problem.Extensions["limit"] = limits.MaxPdfPages;
        }

        return problem;
    }

    /// <summary>Creates a 422 problem for a text or PDF body in which no disclosure was found, with the import's diagnostics and coverage.</summary>
    /// <param name="import">The import's account.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails ImportFailed(ImportSummary import)
    {
        ArgumentNullException.ThrowIfNull(import);
        ImportDiagnosticEntry? fatal = import.Diagnostics.FirstOrDefault(d => d.Severity == "fatal") ?? import.Diagnostics.FirstOrDefault();
        ProblemDetails problem = Create(
            StatusCodes.Status422UnprocessableEntity,
            ProblemTypes.ImportFailed,
            "No disclosure found",
            $"No disclosure could be read from the {(import.Format == "pdf" ? "PDF" : "text")}{(fatal is null ? "." : $": {fatal.Code}: {fatal.Message}")}");
        problem.Extensions["import"] = import;
        return problem;
    }

    /// <summary>Adds how a text or PDF body was read to a problem about the disclosure read from it.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="import">The import's account, or <see langword="null"/> for a JSON body.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails WithImport(ProblemDetails problem, ImportSummary? import)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (import is not null)
        {
            problem.Extensions["import"] = import;
        }

        return problem;
    }
}
