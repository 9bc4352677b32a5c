namespace OpenBudget.Api.Contracts;

/// <summary>A code and its children in the catalogue, in code order.</summary>
/// <param name="Parent">The code asked for.</param>
/// <param name="Items">Its children; empty for an item (项).</param>
public sealed record ClassificationChildrenResponse(ClassificationEntryResponse Parent, IReadOnlyList<ClassificationEntryResponse> Items);
