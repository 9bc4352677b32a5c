using System.Text.Json.Serialization;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>One line of the state assets statement (国有资产占用使用情况), e.g. "车辆 6 辆，价值 155.86 万元".</summary>
public sealed record AssetHolding
{
    /// <summary>Gets what is held, from a small vocabulary: "buildings", "vehicles", "vehicles.general", "vehicles.lawEnforcement", "vehicles.other", "furniture", "other", "equipment.over500k", "equipment.over1m", "planned.vehicles", "planned.equipment.over500k", "planned.equipment.over1m".</summary>
    [JsonRequired]
    public string Key { get; init; } = "";

    /// <summary>Gets the name as printed, e.g. "一般公务用车".</summary>
    [JsonRequired]
    public string Name { get; init; } = "";

    /// <summary>Gets the quantity (area, count), when stated.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the unit of the quantity as printed, e.g. "平方米", "辆", "台".</summary>
    public string? QuantityUnit { get; init; }

    /// <summary>Gets the stated value, blank when none is stated.</summary>
    public Amount Value { get; init; }

    /// <summary>Gets the unit the value is printed in.</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;
}
