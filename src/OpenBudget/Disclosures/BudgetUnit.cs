using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>A budget unit (预算单位) whose budget the department's consolidated budget includes.</summary>
/// <param name="Name">The unit's name as printed, e.g. "乌鲁木齐市科学技术局（本级）".</param>
/// <param name="Kind">The kind of unit.</param>
/// <param name="KindText">The kind as printed, e.g. "全额拨款事业单位".</param>
public sealed record BudgetUnit([property: JsonRequired] string Name, [property: JsonRequired] BudgetUnitKind Kind, string? KindText);
