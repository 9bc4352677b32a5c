namespace OpenBudget.Disclosures;

/// <summary>What a performance target table covers.</summary>
public enum PerformanceScope
{
    /// <summary>部门整体绩效目标表: the whole department.</summary>
    Department = 0,

    /// <summary>项目支出绩效目标表: one project.</summary>
    Project = 1,
}
