namespace OpenBudget.Validation;

/// <summary>Where a finding points: a JSON Pointer into the disclosure's JSON, a label a person reads and, for a disclosure read from a PDF, the page it is printed on.</summary>
/// <param name="JsonPointer">The RFC 6901 JSON Pointer, e.g. "/tables/1/rows/3/cells/total".</param>
/// <param name="Label">A human label, e.g. "表2 · 206 01 · 总计".</param>
/// <param name="Page">The 1-based page of the source PDF the place is printed on; <see langword="null"/> when the disclosure did not come from a PDF.</param>
public sealed record FindingLocation(string JsonPointer, string Label, int? Page = null);
