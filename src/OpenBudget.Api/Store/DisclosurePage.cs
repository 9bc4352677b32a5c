namespace OpenBudget.Api.Store;

/// <summary>One page of a listing: the current revision of each disclosure on the page and how many match in all.</summary>
/// <param name="Items">The disclosures on the page, ordered by id.</param>
/// <param name="Total">How many disclosures match the query.</param>
public sealed record DisclosurePage(IReadOnlyList<RevisionInfo> Items, int Total);
