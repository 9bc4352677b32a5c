namespace OpenBudget.Api.Store;

/// <summary>A disclosure to store as the next revision of its id: the document as UTF-8 JSON, the facts the store indexes, and its validation report.</summary>
/// <param name="Key">Which disclosure it is.</param>
/// <param name="Title">The title as published.</param>
/// <param name="Document">The disclosure as UTF-8 JSON (<see cref="OpenBudget.Json.OpenBudgetJson.SerializeToUtf8Bytes"/>).</param>
/// <param name="Report">The validation report as UTF-8 JSON, or <see langword="null"/> when no validator was available.</param>
/// <param name="HasErrors">Whether the report has findings with the verdict error; <see langword="null"/> without a report.</param>
public sealed record NewRevision(DisclosureKey Key, string Title, byte[] Document, byte[]? Report, bool? HasErrors);
