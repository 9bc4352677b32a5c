namespace OpenBudget.Classification;

/// <summary>A funding source (资金来源), such as 一般公共预算拨款 or 单位资金, with a stable key.</summary>
/// <param name="Key">A stable English identifier, e.g. "general-public-budget".</param>
/// <param name="Name">The Chinese name as disclosures print it.</param>
/// <param name="EnglishName">An English label.</param>
/// <param name="ParentKey">The key of the source this one is part of, or <see langword="null"/> at the top.</param>
public sealed record FundingSource(string Key, string Name, string? EnglishName, string? ParentKey)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Key} {Name}";
}
