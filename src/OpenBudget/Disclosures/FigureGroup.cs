using System.Text.Json.Serialization;
using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>A paragraph of the explanations that states a total and its parts, e.g. 收入预算 6,679.80 万元 with each source's amount and share.</summary>
public sealed record FigureGroup
{
    /// <summary>Gets the group's meaning from the <see cref="FigureGroupKeys"/> vocabulary, e.g. "income".</summary>
    [JsonRequired]
    public string Key { get; init; } = "";

    /// <summary>Gets the heading the group is printed under, e.g. "二、关于乌鲁木齐市科学技术局 2026 年收入预算情况说明".</summary>
    public string? Heading { get; init; }

    /// <summary>Gets the stated total the parts are shares of, when printed.</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>Gets the parts in printed order.</summary>
    public EquatableArray<StatedFigure> Parts { get; init; }

    /// <summary>Gets statements of the group that carry no amount, e.g. "政府性基金预算未安排。", as printed.</summary>
    public EquatableArray<string> Remarks { get; init; }
}
