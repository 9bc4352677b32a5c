namespace OpenBudget.Api.Contracts;

/// <summary>Every revision of one disclosure, oldest first; none is ever overwritten.</summary>
/// <param name="Id">The disclosure's id.</param>
/// <param name="CurrentRevision">The newest revision.</param>
/// <param name="Items">The revisions.</param>
public sealed record RevisionList(string Id, int CurrentRevision, IReadOnlyList<DisclosureSummary> Items);
