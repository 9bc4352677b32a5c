using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>The published document a disclosure was taken from (来源文件).</summary>
/// <param name="Title">The document's title as published.</param>
/// <param name="Url">Where it is published, when known.</param>
/// <param name="Format">The format it was read from, e.g. "pdf", "text".</param>
/// <param name="Sha256">The SHA-256 of the file read, hexadecimal, when known.</param>
public sealed record SourceDocument([property: JsonRequired] string Title, Uri? Url = null, string? Format = null, string? Sha256 = null);
