using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>One performance indicator (绩效指标) with its three levels, target, basis, weight and scoring.</summary>
public sealed record PerformanceIndicator
{
    // Records are immutable, so every indicator built without a target can share the empty one.
    private static readonly IndicatorTarget NoTarget = new();

    /// <summary>Gets the first-level indicator (一级指标), e.g. "产出指标".</summary>
    [JsonRequired]
    public string Level1 { get; init; } = "";

    /// <summary>Gets the second-level indicator (二级指标), e.g. "数量指标".</summary>
    [JsonRequired]
    public string Level2 { get; init; } = "";

    /// <summary>Gets the third-level indicator, the indicator itself (三级指标).</summary>
    [JsonRequired]
    public string Name { get; init; } = "";

    /// <summary>Gets the target (指标值).</summary>
    [JsonRequired]
    public IndicatorTarget Target { get; init; } = NoTarget;

    /// <summary>Gets the basis the target was set on (指标值设置依据), as printed.</summary>
    public string? Basis { get; init; }

    /// <summary>Gets last year's value (上年完成值), as printed.</summary>
    public string? PriorYearValue { get; init; }

    /// <summary>Gets the weight in points (分值权重).</summary>
    public decimal? Weight { get; init; }

    /// <summary>Gets the scoring rule (指标赋分规则), as printed.</summary>
    public string? ScoringRule { get; init; }

    /// <summary>Gets the evidence (佐证资料), as printed.</summary>
    public string? Evidence { get; init; }
}
