using System.Text.Json.Serialization;
using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A project described in the explanations (项目支出情况说明): basis, size, unit, allocation and period.</summary>
public sealed record ProjectDescription
{
    /// <summary>Gets the project name as printed (项目名称).</summary>
    [JsonRequired]
    public string Name { get; init; } = "";

    /// <summary>Gets the policy basis (设立的政策依据 / 立项依据), as printed.</summary>
    public string? PolicyBasis { get; init; }

    /// <summary>Gets the budget size (预算安排规模).</summary>
    public Amount Size { get; init; }

    /// <summary>Gets the unit the amounts are printed in.</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the implementing unit (项目承担单位 / 实施主体).</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>Gets the allocation statement (资金分配情况 / 年度预算安排) as printed.</summary>
    public string? AllocationText { get; init; }

    /// <summary>Gets the amounts the allocation statement lists.</summary>
    public EquatableArray<NamedAmount> Allocation { get; init; }

    /// <summary>Gets the execution period (资金执行时间 / 实施周期) as printed.</summary>
    public string? ExecutionPeriod { get; init; }

    /// <summary>Gets other paragraphs of the description (项目概述, 实施方案, 绩效目标) keyed by their printed heading.</summary>
    public EquatableArray<NamedText> OtherSections { get; init; }
}
