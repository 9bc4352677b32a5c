using System.Text.Json.Serialization;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>An amount stated in the explanations (情况说明), with its share, its change against last year and what it is about.</summary>
public sealed record StatedFigure
{
    /// <summary>Gets what the figure is about, as printed, e.g. "一般公共预算" or "科学技术支出（类）科学技术管理事务（款）行政运行（项）".</summary>
    [JsonRequired]
    public string Subject { get; init; } = "";

    /// <summary>Gets the meaning of the figure from the <see cref="RowKeys"/> or <see cref="ColumnKeys"/> vocabulary, e.g. "income.generalPublicBudget" or "basic".</summary>
    public string? Key { get; init; }

    /// <summary>Gets the functional code the figure is about, when it names one.</summary>
    public FunctionalCode? Functional { get; init; }

    /// <summary>Gets the amount as printed.</summary>
    [JsonRequired]
    public Amount Amount { get; init; }

    /// <summary>Gets the unit the amount is printed in (prose is usually in 万元).</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the stated share of the group's total in percent ("占 82.85%"); blank when not stated.</summary>
    public Amount SharePercent { get; init; }

    /// <summary>Gets the stated change against the previous year, when stated.</summary>
    public YearOverYearChange? Change { get; init; }

    /// <summary>Gets a value indicating whether the text says the figure is not disclosed (不予公开).</summary>
    public bool Undisclosed { get; init; }

    /// <summary>Gets what the money is mainly used for or includes (主要用于 / 主要包括), as printed.</summary>
    public string? Purpose { get; init; }

    /// <summary>Gets the parts the text lists with amounts ("科教兴市宣传费 21.6 万元，…"), when it lists them.</summary>
    public EquatableArray<NamedAmount> Parts { get; init; }
}
