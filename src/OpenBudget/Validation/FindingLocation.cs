namespace OpenBudget.Validation;

/// <summary>Where a finding points: a JSON Pointer into the disclosure's JSON and a label a person reads.</summary>
/// <param name="JsonPointer">The RFC 6901 JSON Pointer, e.g. "/tables/1/rows/3/cells/total".</param>
/// <param name="Label">A human label, e.g. "表2 · 206 01 · 总计".</param>
public sealed record FindingLocation(string JsonPointer, string Label);
