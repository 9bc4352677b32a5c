using System.Text.Json.Serialization;
using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>A performance target table (绩效目标表), for the whole department or for one project.</summary>
public sealed record PerformanceTable
{
    // Records are immutable, so every table built without funding can share the empty one.
    private static readonly PerformanceFunding NoFunding = new();

    /// <summary>Gets what the table covers.</summary>
    [JsonRequired]
    public PerformanceScope Scope { get; init; }

    /// <summary>Gets the title as printed, e.g. "项目支出绩效目标表".</summary>
    [JsonRequired]
    public string Title { get; init; } = "";

    /// <summary>Gets the budget unit (预算单位) or department (部门名称) as printed.</summary>
    public string? BudgetUnit { get; init; }

    /// <summary>Gets the project name (项目名称), for a project table.</summary>
    public string? ProjectName { get; init; }

    /// <summary>Gets the person responsible (项目负责人) or the contacts (部门联系人), as printed.</summary>
    public string? Contact { get; init; }

    /// <summary>Gets the contact telephone (联系电话), as printed.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the funding.</summary>
    public PerformanceFunding Funding { get; init; } = NoFunding;

    /// <summary>Gets the goal (年度绩效目标 / 项目总体目标), as printed.</summary>
    public string Goal { get; init; } = "";

    /// <summary>Gets the indicators in printed order.</summary>
    [JsonRequired]
    public EquatableArray<PerformanceIndicator> Indicators { get; init; }
}
