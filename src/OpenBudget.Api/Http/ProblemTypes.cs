namespace OpenBudget.Api.Http;

/// <summary>The problem type URIs of the API's errors (RFC 9457 "type"); README.md describes each.</summary>
public static class ProblemTypes
{
    private const string Base = "https://openbudget.example.org/problems/";

    /// <summary>No such disclosure, revision, table, code or schema.</summary>
    public const string NotFound = Base + "not-found";

    /// <summary>The request body is not well-formed JSON (or too deeply nested).</summary>
    public const string MalformedJson = Base + "malformed-json";

    /// <summary>The body is JSON but not a disclosure the schema allows.</summary>
    public const string InvalidDisclosure = Base + "invalid-disclosure";

    /// <summary>A query or route parameter is not valid.</summary>
    public const string InvalidParameter = Base + "invalid-parameter";

    /// <summary>The body is larger than the service accepts.</summary>
    public const string TooLarge = Base + "too-large";

    /// <summary>The body's media type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = Base + "unsupported-media-type";

    /// <summary>None of the media types the client accepts can be served.</summary>
    public const string NotAcceptable = Base + "not-acceptable";

    /// <summary>A write came without an API key.</summary>
    public const string ApiKeyMissing = Base + "api-key-missing";

    /// <summary>A write came with a key the service does not know, or publishing is switched off.</summary>
    public const string ApiKeyRefused = Base + "api-key-refused";

    /// <summary>Too many writes from one client.</summary>
    public const string RateLimited = Base + "rate-limited";

    /// <summary>A text/plain body that is not UTF-8.</summary>
    public const string MalformedText = Base + "malformed-text";

    /// <summary>An application/pdf body that cannot be read: not a PDF, encrypted, scanned (no text), damaged, or over the page or time limit; "reason" says which.</summary>
    public const string UnreadablePdf = Base + "unreadable-pdf";

    /// <summary>A text or PDF body in which no disclosure was found; the import's diagnostics say why.</summary>
    public const string ImportFailed = Base + "import-failed";
}
