using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>One place a project or unit name is printed; its pointer and label are made only when a finding needs them.</summary>
/// <param name="Key">The name folded for comparison.</param>
/// <param name="Printed">The name as printed.</param>
/// <param name="Site">Which kind of place.</param>
/// <param name="A">The first index of the place (table, project, group, unit).</param>
/// <param name="B">The second index of the place (row, part), or 0.</param>
internal readonly record struct NameOccurrence(string Key, string Printed, NameSite Site, int A, int B)
{
    public string Pointer(BudgetDisclosure disclosure) => Site switch
    {
        NameSite.TableProject => string.Create(CultureInfo.InvariantCulture, $"/tables/{A}/rows/{B}/{(disclosure.Tables[A].Rows[B].Project is null ? "name" : "project")}"),
        NameSite.TableUnit => string.Create(CultureInfo.InvariantCulture, $"/tables/{A}/rows/{B}/name"),
        NameSite.ProjectName => string.Create(CultureInfo.InvariantCulture, $"/explanations/projects/{A}/name"),
        NameSite.ImplementingUnit => string.Create(CultureInfo.InvariantCulture, $"/explanations/projects/{A}/implementingUnit"),
        NameSite.GroupSubject => string.Create(CultureInfo.InvariantCulture, $"/explanations/groups/{A}/parts/{B}/subject"),
        NameSite.PerformanceProjectName => string.Create(CultureInfo.InvariantCulture, $"/performance/projects/{A}/projectName"),
        NameSite.PerformanceProjectUnit => string.Create(CultureInfo.InvariantCulture, $"/performance/projects/{A}/budgetUnit"),
        NameSite.PerformanceDepartmentUnit => "/performance/department/budgetUnit",
        _ => string.Create(CultureInfo.InvariantCulture, $"/overview/units/{A}/name"),
    };

    public string Label(BudgetDisclosure disclosure) => Site switch
    {
        NameSite.TableProject => $"{Labels.Table(disclosure.Tables[A])} · 项目名称",
        NameSite.TableUnit => $"{Labels.Table(disclosure.Tables[A])} · 单位",
        NameSite.ProjectName => "说明 · 项目名称",
        NameSite.ImplementingUnit => $"说明 · 项目 {disclosure.Explanations.Projects[A].Name} · 项目承担单位",
        NameSite.GroupSubject => $"说明 · {Labels.Group(disclosure.Explanations.Groups[A].Key)}",
        NameSite.PerformanceProjectName => "绩效 · 项目支出绩效目标表 · 项目名称",
        NameSite.PerformanceProjectUnit => $"绩效 · 项目 {disclosure.Performance.Projects[A].ProjectName} · 预算单位",
        NameSite.PerformanceDepartmentUnit => "绩效 · 部门整体绩效目标表 · 部门名称",
        _ => "概况 · 预算单位",
    };
}
