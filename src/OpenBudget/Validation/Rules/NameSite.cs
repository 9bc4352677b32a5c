namespace OpenBudget.Validation.Rules;

/// <summary>The kinds of place a project or unit name is printed.</summary>
internal enum NameSite : byte
{
    OverviewUnit = 0,
    TableProject = 1,
    TableUnit = 2,
    ProjectName = 3,
    ImplementingUnit = 4,
    GroupSubject = 5,
    PerformanceProjectName = 6,
    PerformanceProjectUnit = 7,
    PerformanceDepartmentUnit = 8,
}
