using System.Text.Json.Serialization;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A stated change against the previous year ("比上年预算增加 1,156.46 万元，增长 26.42%"), with its reason.</summary>
public sealed record YearOverYearChange
{
    /// <summary>Gets the direction as stated (增加/减少/持平).</summary>
    [JsonRequired]
    public ChangeDirection Direction { get; init; }

    /// <summary>Gets the size of the change as printed, always non-negative; the direction gives its sign.</summary>
    [JsonRequired]
    public Amount Amount { get; init; }

    /// <summary>Gets the stated rate in percent as printed, non-negative (26.42 for "增长 26.42%"); blank when not stated.</summary>
    public Amount RatePercent { get; init; }

    /// <summary>Gets what the change is measured against, as printed, e.g. "上年预算" or "2024年预算执行数".</summary>
    public string? ComparedWith { get; init; }

    /// <summary>Gets the stated reason (主要原因), as printed.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the change with its sign: positive for an increase, negative for a decrease.</summary>
    [JsonIgnore]
    public decimal SignedAmount => Direction == ChangeDirection.Decrease ? -Amount.ValueOrZero : Amount.ValueOrZero;
}
