namespace OpenBudget.Api.Contracts;

/// <summary>The administrative division of a listed disclosure (行政区划).</summary>
/// <param name="Code">The six-digit code, e.g. "650100".</param>
/// <param name="Name">The name, e.g. "乌鲁木齐市".</param>
public sealed record RegionRef(string Code, string Name);
