using System.Text.Json.Serialization;
using OpenBudget.Classification;

namespace OpenBudget.Disclosures;

/// <summary>An amount column of a table: its meaning as a stable key and its label as printed.</summary>
/// <param name="Key">The column's meaning from the <see cref="ColumnKeys"/> vocabulary, e.g. "total", "basic", "fiscal.project", "economic.302"; unique within the table.</param>
/// <param name="Label">The column header as printed, with multi-row headers joined by "/", e.g. "财政拨款/基本支出/人员经费".</param>
public sealed record TableColumn([property: JsonRequired] string Key, [property: JsonRequired] string Label)
{
    /// <summary>Gets the half of the table the column belongs to, for two-sided tables.</summary>
    public TableSide? Side { get; init; }

    /// <summary>Gets the economic class the column stands for (table 7's 工资福利支出, 商品和服务支出 … columns).</summary>
    public EconomicCode? Economic { get; init; }
}
