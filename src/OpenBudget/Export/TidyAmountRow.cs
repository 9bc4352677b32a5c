using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Export;

/// <summary>One printed amount of a disclosure table as one tidy row (长表中的一行): who, when, which table, row and column, and the amount, blank or not.</summary>
/// <remarks>
/// Researchers group these rows by code, unit, year or region without knowing how each province laid out its tables.
/// A blank cell is a row too, with <see cref="IsBlank"/> set and no amount. The columns written for each row are listed,
/// with their descriptions, by <see cref="TidyAmountColumns.All"/> and schemas/tidy-amounts.v1.schema.json.
/// </remarks>
public sealed record TidyAmountRow
{
    /// <summary>Gets the stable id of the disclosure (see <see cref="DisclosureIds"/>).</summary>
    public string DisclosureId { get; init; } = "";

    /// <summary>Gets the region code (行政区划代码), when known.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Gets the region's name, when known.</summary>
    public string? RegionName { get; init; }

    /// <summary>Gets the department (部门).</summary>
    public string Department { get; init; } = "";

    /// <summary>Gets the fiscal year (预算年度).</summary>
    public int FiscalYear { get; init; }

    /// <summary>Gets whether the disclosure is a budget (预算) or final accounts (决算).</summary>
    public DisclosurePhase Phase { get; init; }

    /// <summary>Gets the budget unit (预算单位) whose block the row belongs to, in per-unit tables.</summary>
    public string? BudgetUnit { get; init; }

    /// <summary>Gets the table's position in the disclosure, from 0.</summary>
    public int TableIndex { get; init; }

    /// <summary>Gets the kind of table.</summary>
    public TableKind TableKind { get; init; }

    /// <summary>Gets the number the table is printed under, when numbered.</summary>
    public string? TableNumber { get; init; }

    /// <summary>Gets the table's title as printed.</summary>
    public string TableTitle { get; init; } = "";

    /// <summary>Gets the half of a two-sided table (收入/支出) the row belongs to.</summary>
    public TableSide? Side { get; init; }

    /// <summary>Gets the row's position in its table, from 0.</summary>
    public int RowIndex { get; init; }

    /// <summary>Gets what the row stands for.</summary>
    public RowKind RowKind { get; init; }

    /// <summary>Gets the meaning of a named line (<see cref="RowKeys"/>), when it has one.</summary>
    public string? RowKey { get; init; }

    /// <summary>Gets the row's name as printed (科目名称 or 项目).</summary>
    public string RowName { get; init; } = "";

    /// <summary>Gets the project name (项目名称), for project rows.</summary>
    public string? ProjectName { get; init; }

    /// <summary>Gets the functional code (支出功能分类科目) of the row, when it has one.</summary>
    public FunctionalCode? Functional { get; init; }

    /// <summary>Gets the economic code (支出经济分类科目) of the row, or else of the column (table 7's economic-class columns).</summary>
    public EconomicCode? Economic { get; init; }

    /// <summary>Gets the column's meaning (<see cref="ColumnKeys"/>), e.g. "basic", "personnel", "generalPublicBudget".</summary>
    public string ColumnKey { get; init; } = "";

    /// <summary>Gets the column header as printed.</summary>
    public string ColumnLabel { get; init; } = "";

    /// <summary>Gets the amount as printed in the table's unit, or <see cref="Amount.Blank"/> when the cell was empty.</summary>
    public Amount Amount { get; init; }

    /// <summary>Gets the unit the table prints its amounts in (单位).</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets a value indicating whether the cell was empty (blank is not zero).</summary>
    public bool IsBlank => Amount.IsBlank;

    /// <summary>Gets the amount in 万元, converted exactly (元 ÷ 10,000 moves the decimal point, nothing is rounded); <see langword="null"/> when blank.</summary>
    public decimal? AmountWan => Amount.HasValue ? TidyExport.ToWan(Amount.Value, Unit) : null;

    /// <summary>Gets the three digits of the functional class (类), e.g. "206".</summary>
    public string? FunctionalClass => Functional is FunctionalCode code ? Digits(code.ClassDigits, 3) : null;

    /// <summary>Gets the two digits of the functional section (款), e.g. "04"; <see langword="null"/> for a class.</summary>
    public string? FunctionalSection => Functional?.SectionDigits is int digits ? Digits(digits, 2) : null;

    /// <summary>Gets the two digits of the functional item (项), e.g. "04"; <see langword="null"/> above item level.</summary>
    public string? FunctionalItem => Functional?.ItemDigits is int digits ? Digits(digits, 2) : null;

    /// <summary>Gets the three digits of the economic class (类), e.g. "302".</summary>
    public string? EconomicClass => Economic is EconomicCode code ? Digits(code.ClassDigits, 3) : null;

    /// <summary>Gets the two digits of the economic section (款), e.g. "31"; <see langword="null"/> for a class.</summary>
    public string? EconomicSection => Economic?.SectionDigits is int digits ? Digits(digits, 2) : null;

    /// <summary>Gets the RFC 6901 JSON Pointer of the cell in the disclosure's JSON, e.g. "/tables/2/rows/5/cells/basic"; validation findings point the same way.</summary>
    public string JsonPointer => TidyExport.CellPointer(TableIndex, RowIndex, ColumnKey);

    private static string Digits(int value, int width) => value.ToString(width == 3 ? "000" : "00", CultureInfo.InvariantCulture);
}
