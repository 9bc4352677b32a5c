namespace OpenBudget.Api.Options;

/// <summary>Limits that protect the service from oversized or abusive requests.</summary>
public sealed class LimitOptions
{
    /// <summary>Gets or sets the largest request body accepted, in bytes; larger ones are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Gets or sets the most pages a posted PDF may have; longer ones are refused (422, reason too-many-pages) before their pages are read.</summary>
    public int MaxPdfPages { get; set; } = 200;

    /// <summary>Gets or sets how long reading a posted PDF may take; reading stops between pages once it has passed (422, reason timed-out).</summary>
    public TimeSpan PdfReadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets the deepest JSON nesting accepted in a request body.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Gets or sets the page size of listings when the request names none.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Gets or sets the largest page size a request may ask for.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Gets or sets how many writes (publish, validate) one client address may make per minute.</summary>
    public int WritesPerMinute { get; set; } = 30;
}
