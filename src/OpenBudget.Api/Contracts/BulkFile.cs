namespace OpenBudget.Api.Contracts;

/// <summary>One bulk download: a year's tidy amounts or findings in CSV or Parquet.</summary>
/// <param name="Name">The file name, e.g. "openbudget-2026-amounts.parquet".</param>
/// <param name="Year">The fiscal year it covers (the current revision of each of that year's disclosures).</param>
/// <param name="Content">"amounts" (one row per printed amount, schemas/tidy-amounts.v1.schema.json) or "findings" (one row per validation finding).</param>
/// <param name="Format">"csv" or "parquet".</param>
/// <param name="MediaType">The media type it is served as.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, in lowercase hexadecimal; also its ETag.</param>
/// <param name="Rows">How many data rows it holds.</param>
/// <param name="StoreVersion">The year's store version it was written from.</param>
/// <param name="GeneratedAt">When it was written (UTC).</param>
/// <param name="Links">Where to download it and its checksum.</param>
public sealed record BulkFile(string Name, int Year, string Content, string Format, string MediaType, long Size, string Sha256, long Rows, long StoreVersion, DateTimeOffset GeneratedAt, BulkFileLinks Links);
