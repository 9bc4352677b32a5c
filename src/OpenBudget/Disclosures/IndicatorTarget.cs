using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>An indicator's target (指标值): a comparator, value and unit when it is quantitative, and always the text as printed.</summary>
public sealed record IndicatorTarget
{
    /// <summary>Gets the target as printed, e.g. ">=30 家", "2026 年 12 月 25 日前", "有效提升".</summary>
    [JsonRequired]
    public string Text { get; init; } = "";

    /// <summary>Gets the comparator, for a quantitative target.</summary>
    public TargetComparator? Comparator { get; init; }

    /// <summary>Gets the value, for a quantitative target (30 for ">=30 家").</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the unit of the value as printed, e.g. "家", "%", "万元", "万元/家".</summary>
    public string? Unit { get; init; }
}
