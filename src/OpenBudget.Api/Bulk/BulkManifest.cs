using OpenBudget.Api.Contracts;

namespace OpenBudget.Api.Bulk;

/// <summary>What a year's bulk files were written from, kept beside them so that a restarted service knows whether they are current.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="StoreVersion">The year's store version they were written from.</param>
/// <param name="Files">The files.</param>
public sealed record BulkManifest(int Year, long StoreVersion, IReadOnlyList<BulkFile> Files);
