using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>The performance targets of a disclosure (预算绩效): the department-wide table and one table per project.</summary>
public sealed record PerformanceTargets
{
    /// <summary>Gets the department-wide table (部门整体绩效目标表), when printed.</summary>
    public PerformanceTable? Department { get; init; }

    /// <summary>Gets the project tables (项目支出绩效目标表) in printed order.</summary>
    public EquatableArray<PerformanceTable> Projects { get; init; }

    /// <summary>Gets notes printed with the tables (其他需说明的事项).</summary>
    public EquatableArray<string> Notes { get; init; }
}
