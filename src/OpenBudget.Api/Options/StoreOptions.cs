namespace OpenBudget.Api.Options;

/// <summary>Where the embedded store keeps its file.</summary>
public sealed class StoreOptions
{
    /// <summary>Gets or sets the SQLite file; empty for the default, openbudget.db in the user's local data folder (e.g. ~/.local/share/OpenBudget).</summary>
    public string Path { get; set; } = "";

    /// <summary>Gets or sets a value indicating whether an empty store is filled with the sample disclosure on first start.</summary>
    public bool SeedSample { get; set; } = true;

    /// <summary>Gets or sets the most bytes of serialized disclosures kept in memory for reads.</summary>
    public long CacheBytes { get; set; } = 256L * 1024 * 1024;
}
