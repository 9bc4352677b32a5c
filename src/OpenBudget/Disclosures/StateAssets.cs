using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>The state assets a department holds and plans to buy (国有资产占用使用情况).</summary>
public sealed record StateAssets
{
    /// <summary>Gets the date the holdings are stated at, as printed, e.g. "2025 年底".</summary>
    public string? AsOf { get; init; }

    /// <summary>Gets the holdings in printed order.</summary>
    public EquatableArray<AssetHolding> Holdings { get; init; }

    /// <summary>Gets statements without figures, as printed, e.g. "2026 年部门预算未安排购置车辆经费".</summary>
    public EquatableArray<string> Remarks { get; init; }
}
