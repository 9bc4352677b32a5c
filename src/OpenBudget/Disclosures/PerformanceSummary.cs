using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>The overview of performance targets in the explanations (预算绩效情况): how many targets and how much money they cover.</summary>
public sealed record PerformanceSummary
{
    /// <summary>Gets the unit the amounts are printed in.</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the number of department-wide targets (整体预算绩效目标).</summary>
    public int? DepartmentTargets { get; init; }

    /// <summary>Gets the amount the department-wide targets cover.</summary>
    public Amount DepartmentAmount { get; init; }

    /// <summary>Gets the number of projects with targets (项目共 N 个).</summary>
    public int? Projects { get; init; }

    /// <summary>Gets the amount of fiscal-appropriation projects (财政拨款项目涉及预算金额).</summary>
    public Amount FiscalProjectsAmount { get; init; }

    /// <summary>Gets the amount of non-fiscal projects (非财政拨款项目涉及预算金额).</summary>
    public Amount NonFiscalProjectsAmount { get; init; }

    /// <summary>Gets the statement as printed.</summary>
    public string? Text { get; init; }
}
