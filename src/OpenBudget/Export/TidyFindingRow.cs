using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Export;

/// <summary>One validation finding as one tidy row (不一致之处), joinable to the amount rows by <see cref="DisclosureId"/> and <see cref="JsonPointer"/>.</summary>
/// <remarks>
/// Figures keep at most <see cref="TidyExport.FindingFigureDecimals"/> decimals: amounts never have more, and a recomputed
/// share or rate with more is rounded half away from zero (四舍五入), the same in CSV and Parquet. The columns are listed by
/// <see cref="TidyFindingColumns.All"/>.
/// </remarks>
public sealed record TidyFindingRow
{
    /// <summary>Gets the stable id of the disclosure (see <see cref="Disclosures.DisclosureIds"/>).</summary>
    public string DisclosureId { get; init; } = "";

    /// <summary>Gets the department (部门).</summary>
    public string Department { get; init; } = "";

    /// <summary>Gets the fiscal year (预算年度).</summary>
    public int FiscalYear { get; init; }

    /// <summary>Gets the id of the rule that found it, e.g. "OB1001".</summary>
    public string RuleId { get; init; } = "";

    /// <summary>Gets how much it matters.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets whether rounding explains the difference.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>Gets the message in English.</summary>
    public string Message { get; init; } = "";

    /// <summary>Gets the message in Chinese.</summary>
    public string MessageZh { get; init; } = "";

    /// <summary>Gets the JSON Pointer the finding points at, e.g. "/tables/1/rows/3/cells/total", the same as the amount row's pointer.</summary>
    public string JsonPointer { get; init; } = "";

    /// <summary>Gets the label a person reads, e.g. "表2 · 206 01 · 总计".</summary>
    public string LocationLabel { get; init; } = "";

    /// <summary>Gets the unit the figures are in, when they are amounts.</summary>
    public PresentationUnit? Unit { get; init; }

    /// <summary>Gets the figure as printed.</summary>
    public decimal? Stated { get; init; }

    /// <summary>Gets the figure the identity expects.</summary>
    public decimal? Expected { get; init; }

    /// <summary>Gets stated minus expected.</summary>
    public decimal? Difference { get; init; }

    /// <summary>Gets the largest difference independent rounding explains.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Gets the printed text compared, for name and code findings.</summary>
    public string? StatedText { get; init; }

    /// <summary>Gets the text expected, for name and code findings.</summary>
    public string? ExpectedText { get; init; }

    /// <summary>Gets how many printed figures took part in the identity.</summary>
    public int TermCount { get; init; }
}
