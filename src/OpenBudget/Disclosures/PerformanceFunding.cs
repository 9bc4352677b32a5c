using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>The funding of a performance target (项目资金 / 年度预算): total = fiscal + other.</summary>
public sealed record PerformanceFunding
{
    /// <summary>Gets the unit the amounts are printed in.</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the total (年度预算总额 / 合计).</summary>
    public Amount Total { get; init; }

    /// <summary>Gets the fiscal part (财政拨款 / 财政资金).</summary>
    public Amount Fiscal { get; init; }

    /// <summary>Gets the other part (其他资金).</summary>
    public Amount Other { get; init; }

    /// <summary>Gets finer funding lines as printed (the department table's 上级安排, 本级安排, 其他).</summary>
    public EquatableArray<NamedAmount> Lines { get; init; }
}
