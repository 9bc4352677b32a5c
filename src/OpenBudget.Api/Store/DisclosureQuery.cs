using OpenBudget.Disclosures;

namespace OpenBudget.Api.Store;

/// <summary>Which disclosures to list (each by its current revision) and which page of them.</summary>
public sealed record DisclosureQuery
{
    /// <summary>Gets the fiscal year to keep, or <see langword="null"/> for all.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>Gets the region code to keep: six digits for one division, or a prefix ("65" for a province, "6501" for a prefecture).</summary>
    public string? Region { get; init; }

    /// <summary>Gets text the department's name must contain.</summary>
    public string? Department { get; init; }

    /// <summary>Gets the phase to keep.</summary>
    public DisclosurePhase? Phase { get; init; }

    /// <summary>Gets whether to keep only disclosures whose current report has errors (<see langword="true"/>) or has none (<see langword="false"/>); disclosures stored without a report match neither.</summary>
    public bool? HasErrors { get; init; }

    /// <summary>Gets the 1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Gets the page size.</summary>
    public int PageSize { get; init; } = 20;
}
