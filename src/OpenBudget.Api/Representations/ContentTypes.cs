namespace OpenBudget.Api.Representations;

/// <summary>The media types the API serves.</summary>
public static class ContentTypes
{
    /// <summary>JSON in UTF-8.</summary>
    public const string Json = "application/json; charset=utf-8";

    /// <summary>CSV (RFC 4180) in UTF-8 with a header row.</summary>
    public const string Csv = "text/csv; charset=utf-8; header=present";

    /// <summary>A JSON Schema document.</summary>
    public const string SchemaJson = "application/schema+json";
}
