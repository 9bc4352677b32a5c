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
    public string Pointer(BudgetDisclosure disclosure) => Path(disclosure).ToPointer();

    /// <summary>Makes the tokens of the place's pointer.</summary>
    public PlacePath Path(BudgetDisclosure disclosure)
    {
        var path = default(PlacePath);
        switch (Site)
        {
            case NameSite.TableProject or NameSite.TableUnit:
                path.Add("tables");
                path.Add(A);
                path.Add("rows");
                path.Add(B);
                path.Add(Site == NameSite.TableProject && disclosure.Tables[A].Rows[B].Project is not null ? "project" : "name");
                break;
            case NameSite.ProjectName or NameSite.ImplementingUnit:
                path.Add("explanations");
                path.Add("projects");
                path.Add(A);
                path.Add(Site == NameSite.ProjectName ? "name" : "implementingUnit");
                break;
            case NameSite.GroupSubject:
                path.Add("explanations");
                path.Add("groups");
                path.Add(A);
                path.Add("parts");
                path.Add(B);
                path.Add("subject");
                break;
            case NameSite.PerformanceProjectName or NameSite.PerformanceProjectUnit:
                FigureRef.AddPerformanceTable(ref path, A);
                path.Add(Site == NameSite.PerformanceProjectName ? "projectName" : "budgetUnit");
                break;
            case NameSite.PerformanceDepartmentUnit:
                FigureRef.AddPerformanceTable(ref path, -1);
                path.Add("budgetUnit");
                break;
            default:
                path.Add("overview");
                path.Add("units");
                path.Add(A);
                path.Add("name");
                break;
        }

        return path;
    }

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
