namespace OpenBudget.Api.Store;

/// <summary>One stored revision with its document and report as stored.</summary>
/// <param name="Info">The revision's facts.</param>
/// <param name="Document">The disclosure as UTF-8 JSON.</param>
/// <param name="Report">The validation report as UTF-8 JSON, or <see langword="null"/> when it was stored without one.</param>
public sealed record StoredRevision(RevisionInfo Info, byte[] Document, byte[]? Report);
