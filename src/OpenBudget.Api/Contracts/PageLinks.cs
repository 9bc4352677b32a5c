namespace OpenBudget.Api.Contracts;

/// <summary>Links between the pages of a listing; <see langword="null"/> where there is no such page.</summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Prev">The page before, if any.</param>
/// <param name="Next">The page after, if any.</param>
/// <param name="Last">The last page.</param>
public sealed record PageLinks(string Self, string First, string? Prev, string? Next, string Last);
