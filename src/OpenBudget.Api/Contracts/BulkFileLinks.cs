namespace OpenBudget.Api.Contracts;

/// <summary>Where to download a bulk file and its checksum.</summary>
/// <param name="Self">The file.</param>
/// <param name="Checksum">Its SHA-256 checksum file, in sha256sum format ("&lt;hex&gt;  &lt;name&gt;").</param>
public sealed record BulkFileLinks(string Self, string Checksum);
