using System.Collections.Immutable;

namespace OpenBudget.Export;

/// <summary>The columns of the findings export (校验结果长表), in the order every format writes them.</summary>
public static class TidyFindingColumns
{
    /// <summary>The precision of the figure columns: 38 digits.</summary>
    public const int FigurePrecision = 38;

    /// <summary>The scale of the figure columns: <see cref="TidyExport.FindingFigureDecimals"/> decimals.</summary>
    public const int FigureScale = TidyExport.FindingFigureDecimals;

    /// <summary>Gets every column, in order.</summary>
    public static ImmutableArray<TidyColumn> All { get; } =
    [
        Text("disclosure_id", false, "Stable id of the disclosure, as in the amounts export.", "公开文件标识，与金额长表一致"),
        Text("department", false, "Department, as printed.", "部门名称"),
        new("fiscal_year", TidyColumnType.WholeNumber, false, "Fiscal year.", "预算年度"),
        Text("rule_id", false, "Id of the rule that found it, e.g. OB1001.", "校验规则编号"),
        Text("severity", false, "info, warning or error.", "严重程度"),
        Text("verdict", false, "rounding (explained by rounding), error or mismatch.", "结论：舍入误差、错误、名称或编码不符"),
        Text("message", false, "What was found, in English.", "说明（英文）"),
        Text("message_zh", false, "What was found, in Chinese.", "说明（中文）"),
        Text("pointer", false, "JSON Pointer the finding points at; joins the amounts export's pointer.", "所指位置（JSON Pointer），可与金额长表的 pointer 关联"),
        Text("location_label", false, "Where, as a person reads it, e.g. 表2 · 206 01 · 总计.", "位置说明"),
        Text("unit", true, "Unit of the figures, when they are amounts.", "金额单位"),
        Figure("stated", "Figure as printed.", "公开数"),
        Figure("expected", "Figure the identity expects.", "应为数"),
        Figure("difference", "Stated minus expected.", "差额"),
        Figure("tolerance", "Largest difference independent rounding explains.", "舍入可解释的最大差额"),
        Text("stated_text", true, "Text as printed, for name and code findings.", "公开的文字"),
        Text("expected_text", true, "Text expected, for name and code findings.", "应为的文字"),
        new("term_count", TidyColumnType.WholeNumber, false, "How many printed figures took part.", "参与核对的数字个数"),
    ];

    private static TidyColumn Text(string name, bool nullable, string en, string zh) => new(name, TidyColumnType.Text, nullable, en, zh);

    private static TidyColumn Figure(string name, string en, string zh)
        => new(name, TidyColumnType.ExactDecimal, true, en, zh) { Precision = FigurePrecision, Scale = FigureScale };
}
