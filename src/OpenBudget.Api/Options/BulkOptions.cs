namespace OpenBudget.Api.Options;

/// <summary>Where the bulk download files (per-year tidy exports and their checksums) are written and served from.</summary>
public sealed class BulkOptions
{
    /// <summary>Gets or sets the folder; empty for a folder named "bulk" beside the store file.</summary>
    public string Path { get; set; } = "";
}
