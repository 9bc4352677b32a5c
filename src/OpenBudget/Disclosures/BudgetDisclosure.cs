using System.Text.Json.Serialization;
using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A department budget disclosure (部门预算公开) or final accounts disclosure (部门决算公开), as published: identity, overview, tables, explanations, performance targets and glossary.</summary>
/// <remarks>
/// A disclosure holds what the government printed, even where its numbers disagree; checks report the disagreements
/// (see <c>OpenBudget.Validation</c>). Amounts are kept as printed in each table's or statement's unit.
/// </remarks>
public sealed record BudgetDisclosure
{
    /// <summary>Gets the department (部门), e.g. "乌鲁木齐市科学技术局".</summary>
    [JsonRequired]
    public string Department { get; init; } = "";

    /// <summary>Gets the administrative division the department belongs to.</summary>
    public Region? Region { get; init; }

    /// <summary>Gets the fiscal year (预算年度).</summary>
    [JsonRequired]
    public int FiscalYear { get; init; }

    /// <summary>Gets whether this is a budget or final accounts.</summary>
    [JsonRequired]
    public DisclosurePhase Phase { get; init; }

    /// <summary>Gets the publication date, when known.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Gets the title as published, e.g. "2026 年乌鲁木齐市科学技术局部门预算公开".</summary>
    [JsonRequired]
    public string Title { get; init; } = "";

    /// <summary>Gets the document the disclosure was read from.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Gets the ISO 4217 currency of every amount, "CNY" for Chinese disclosures.</summary>
    public string Currency { get; init; } = "CNY";

    /// <summary>Gets the unit most amounts are printed in (tables and statements carry their own).</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets part one (部门概况).</summary>
    public DepartmentOverview Overview { get; init; } = new();

    /// <summary>Gets the standard tables (部门预算公开表) in printed order.</summary>
    [JsonRequired]
    public EquatableArray<DisclosureTable> Tables { get; init; }

    /// <summary>Gets part three (情况说明) as facts.</summary>
    public Explanations Explanations { get; init; } = new();

    /// <summary>Gets the performance targets (预算绩效).</summary>
    public PerformanceTargets Performance { get; init; } = new();

    /// <summary>Gets the glossary (名词解释).</summary>
    public EquatableArray<GlossaryEntry> Glossary { get; init; }

    /// <summary>Finds the first table of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The table, or <see langword="null"/> when the disclosure does not print one.</returns>
    public DisclosureTable? Table(TableKind kind) => Tables.FirstOrDefault(t => t.Kind == kind);
}
