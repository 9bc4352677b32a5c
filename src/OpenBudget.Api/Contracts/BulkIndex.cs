namespace OpenBudget.Api.Contracts;

/// <summary>Every bulk download, by year: tidy amounts and findings in CSV and Parquet, each with a SHA-256 checksum file.</summary>
/// <param name="Years">The fiscal years with files, ascending.</param>
/// <param name="Files">The files, by year, then content, then format.</param>
public sealed record BulkIndex(IReadOnlyList<int> Years, IReadOnlyList<BulkFile> Files);
