namespace OpenBudget.Api.Store;

/// <summary>What publishing did: the revision that now holds the document, and whether it was created by this call.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Created"><see langword="true"/> when a new revision was stored; <see langword="false"/> when the document was identical to the current revision, which was kept.</param>
public sealed record PublishResult(RevisionInfo Revision, bool Created);
