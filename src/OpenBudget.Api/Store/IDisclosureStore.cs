namespace OpenBudget.Api.Store;

/// <summary>Where published disclosures live: every revision kept, none overwritten, each write one transaction.</summary>
/// <remarks>The default is <see cref="SqliteDisclosureStore"/>, one SQLite file; a server database can take its place behind this interface.</remarks>
public interface IDisclosureStore
{
    /// <summary>Creates the store's tables when they do not exist yet.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Counts the disclosures (ids, not revisions).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Stores a document as the next revision of its id, in one transaction; an identical document (same SHA-256) to the current revision is not stored twice.</summary>
    /// <param name="revision">The revision to store.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The revision that holds the document.</returns>
    Task<PublishResult> PublishAsync(NewRevision revision, CancellationToken cancellationToken);

    /// <summary>Gets a revision with its document.</summary>
    /// <param name="id">The disclosure's id.</param>
    /// <param name="revision">The revision number, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The revision, or <see langword="null"/> when there is no such id or revision.</returns>
    Task<StoredRevision?> GetAsync(DisclosureId id, int? revision, CancellationToken cancellationToken);

    /// <summary>Gets the facts of the current revision of an id, without its document.</summary>
    /// <param name="id">The disclosure's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The current revision's facts, or <see langword="null"/> for an unknown id.</returns>
    Task<RevisionInfo?> GetCurrentInfoAsync(DisclosureId id, CancellationToken cancellationToken);

    /// <summary>Lists every revision of an id, oldest first.</summary>
    /// <param name="id">The disclosure's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The revisions; empty for an unknown id.</returns>
    Task<IReadOnlyList<RevisionInfo>> ListRevisionsAsync(DisclosureId id, CancellationToken cancellationToken);

    /// <summary>Lists disclosures by their current revisions.</summary>
    /// <param name="query">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page.</returns>
    Task<DisclosurePage> ListAsync(DisclosureQuery query, CancellationToken cancellationToken);
}
