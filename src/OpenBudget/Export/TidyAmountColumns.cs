using System.Collections.Immutable;

namespace OpenBudget.Export;

/// <summary>The columns of the tidy amounts export (金额长表), in the order every format writes them; schemas/tidy-amounts.v1.schema.json describes the same columns.</summary>
public static class TidyAmountColumns
{
    /// <summary>The precision of <c>amount</c>: 18 digits.</summary>
    public const int AmountPrecision = 18;

    /// <summary>The scale of <c>amount</c>: 2 decimals, as tables print amounts.</summary>
    public const int AmountScale = 2;

    /// <summary>The precision of <c>amount_wan</c>: 20 digits.</summary>
    public const int AmountWanPrecision = 20;

    /// <summary>The scale of <c>amount_wan</c>: 6 decimals, enough for an amount printed in 元 with 2 decimals.</summary>
    public const int AmountWanScale = 6;

    /// <summary>Gets every column, in order.</summary>
    public static ImmutableArray<TidyColumn> All { get; } =
    [
        Text("disclosure_id", false, "Stable id of the disclosure: <region code or na>-<year>-<budget|final>-<12 hex digits of SHA-256 of the department name>.", "公开文件标识：行政区划代码（或 na）-年度-预算/决算-部门名称 SHA-256 前 12 位"),
        Text("region_code", true, "Six-digit administrative division code of the department's region.", "行政区划代码"),
        Text("region_name", true, "Name of the region.", "行政区划名称"),
        Text("department", false, "Department, as printed.", "部门名称"),
        Int("fiscal_year", false, "Fiscal year.", "预算年度"),
        Text("phase", false, "budget or finalAccounts.", "预算（budget）或决算（finalAccounts）"),
        Text("budget_unit", true, "Budget unit whose block the row belongs to, in per-unit tables.", "预算单位"),
        Int("table_index", false, "Position of the table in the disclosure, from 0.", "表在公开文件中的序号（从 0 起）"),
        Text("table_kind", false, "Kind of table, whatever its printed number, e.g. expenditure, generalPublicBudgetBasicExpenditure.", "表的类别"),
        Text("table_number", true, "Number the table is printed under.", "表号"),
        Text("table_title", false, "Title of the table, as printed.", "表名"),
        Text("table_side", true, "income or expenditure, for two-sided tables.", "收入方或支出方（收支总表）"),
        Int("row_index", false, "Position of the row in its table, from 0.", "行在表中的序号（从 0 起）"),
        Text("row_kind", false, "What the row stands for: class, section, item, line, unit, project or total.", "行的类别：类、款、项、行、单位、项目、合计"),
        Text("row_key", true, "Meaning of a named line, e.g. generalPublicBudget.", "行的含义"),
        Text("row_name", false, "Name of the row, as printed.", "科目名称或项目"),
        Text("project_name", true, "Project name, for project rows.", "项目名称"),
        Text("functional_code", true, "Full functional classification code, e.g. 2060404.", "支出功能分类科目编码"),
        Text("functional_class", true, "Functional class (3 digits), e.g. 206.", "功能分类 类"),
        Text("functional_section", true, "Functional section (2 digits), e.g. 04.", "功能分类 款"),
        Text("functional_item", true, "Functional item (2 digits), e.g. 04.", "功能分类 项"),
        Text("economic_code", true, "Full economic classification code of the row or column, e.g. 30231.", "支出经济分类科目编码"),
        Text("economic_class", true, "Economic class (3 digits), e.g. 302.", "经济分类 类"),
        Text("economic_section", true, "Economic section (2 digits), e.g. 31.", "经济分类 款"),
        Text("column_key", false, "Meaning of the column, e.g. total, basic, project, personnel, public, generalPublicBudget.", "栏目的含义（合计、基本支出、项目支出、人员经费、公用经费、资金性质等）"),
        Text("column_label", false, "Column header as printed, levels joined by /.", "栏目名称"),
        Dec("amount", AmountPrecision, AmountScale, "Amount as printed, in the table's unit; empty when the cell is blank.", "金额（按表的单位，照印刷数）；空白单元格为空"),
        Int("amount_scale", true, "Number of decimals printed.", "印刷的小数位数"),
        Text("unit", false, "Unit of amount: yuan, tenThousandYuan or hundredMillionYuan.", "金额单位：元、万元、亿元"),
        Dec("amount_wan", AmountWanPrecision, AmountWanScale, "Amount in 万元 (10,000 yuan), converted exactly.", "金额（万元），精确换算"),
        Bool("is_blank", "True when the cell was empty (blank is not zero).", "单元格是否空白（空白不是零）"),
        Text("pointer", false, "JSON Pointer of the cell in the disclosure's JSON, e.g. /tables/2/rows/5/cells/basic; findings carry the same.", "单元格在公开文件 JSON 中的位置（JSON Pointer），与校验结果一致"),
    ];

    private static TidyColumn Text(string name, bool nullable, string en, string zh) => new(name, TidyColumnType.Text, nullable, en, zh);

    private static TidyColumn Int(string name, bool nullable, string en, string zh) => new(name, TidyColumnType.WholeNumber, nullable, en, zh);

    private static TidyColumn Bool(string name, string en, string zh) => new(name, TidyColumnType.Boolean, false, en, zh);

    private static TidyColumn Dec(string name, int precision, int scale, string en, string zh)
        => new(name, TidyColumnType.ExactDecimal, true, en, zh) { Precision = precision, Scale = scale };
}
