using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>Part three of a disclosure (情况说明) as facts: stated figures, procurement, assets, projects and other notes.</summary>
public sealed record Explanations
{
    /// <summary>Gets the groups of stated figures (totals with their parts, shares and changes) in printed order.</summary>
    public EquatableArray<FigureGroup> Groups { get; init; }

    /// <summary>Gets the government procurement statement (政府采购情况), when printed.</summary>
    public GovernmentProcurement? Procurement { get; init; }

    /// <summary>Gets the state assets statement (国有资产占用使用情况), when printed.</summary>
    public StateAssets? Assets { get; init; }

    /// <summary>Gets the project descriptions (项目支出情况说明) in printed order.</summary>
    public EquatableArray<ProjectDescription> Projects { get; init; }

    /// <summary>Gets the overview of performance targets (预算绩效情况), when printed.</summary>
    public PerformanceSummary? Performance { get; init; }

    /// <summary>Gets other statements as printed, e.g. "其他需说明的事项".</summary>
    public EquatableArray<string> OtherNotes { get; init; }

    /// <summary>Finds a group by key.</summary>
    /// <param name="key">The key from <see cref="FigureGroupKeys"/>.</param>
    /// <returns>The group, or <see langword="null"/>.</returns>
    public FigureGroup? Group(string key) => Groups.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.Ordinal));
}
