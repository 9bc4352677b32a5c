using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>The administrative division a department belongs to (行政区划).</summary>
/// <param name="Code">The six-digit administrative division code (行政区划代码), e.g. "650100" for 乌鲁木齐市.</param>
/// <param name="Name">The division's name, e.g. "乌鲁木齐市".</param>
public sealed record Region([property: JsonRequired] string Code, [property: JsonRequired] string Name);
