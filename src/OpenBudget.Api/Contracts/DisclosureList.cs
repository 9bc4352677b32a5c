namespace OpenBudget.Api.Contracts;

/// <summary>One page of disclosures, each by its current revision, ordered by id.</summary>
/// <param name="Items">The disclosures on this page.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many disclosures match the filters in all.</param>
/// <param name="Links">The neighbouring pages.</param>
public sealed record DisclosureList(IReadOnlyList<DisclosureSummary> Items, int Page, int PageSize, int Total, PageLinks Links);
