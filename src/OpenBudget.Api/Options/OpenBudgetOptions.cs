namespace OpenBudget.Api.Options;

/// <summary>The service's settings, bound from the configuration section "OpenBudget" (environment: OpenBudget__Store__Path, OpenBudget__ApiKeys__0, …).</summary>
public sealed class OpenBudgetOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string Section = "OpenBudget";

    /// <summary>Gets the keys that may publish (header X-Api-Key); with none, publishing is refused. Keep them out of the repository.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>Gets the store settings.</summary>
    public StoreOptions Store { get; } = new();

    /// <summary>Gets the limits on requests.</summary>
    public LimitOptions Limits { get; } = new();

    /// <summary>Gets how long clients and proxies may reuse a read, in seconds (Cache-Control max-age).</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;
}
