using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Labels a person reads: "表2", "206 01", "说明 · 收入预算".</summary>
internal static class Labels
{
    public static string Table(DisclosureTable table)
    {
        if (string.IsNullOrEmpty(table.Number))
        {
            return table.Title.Length > 0 ? table.Title : StandardTitle(table.Kind);
        }

        return table.Number.StartsWith('表') ? table.Number : "表" + table.Number;
    }

    public static string Row(TableRow row)
    {
        if (row.Functional is { } functional)
        {
            string code = functional.ToString("S", null);
            return row.Kind == RowKind.Project && row.Project is { Length: > 0 } project ? $"{code} {project}" : code;
        }

        if (row.Economic is { } economic)
        {
            return economic.ToString("S", null);
        }

        if (row.Kind == RowKind.Project && row.Project is { Length: > 0 } name)
        {
            return name;
        }

        return row.Name.Length > 0 ? row.Name : row.Kind == RowKind.Total ? "总计" : row.Key ?? "";
    }

    public static string Group(string key) => key switch
    {
        FigureGroupKeys.Overall => "收支总预算",
        FigureGroupKeys.Income => "收入预算",
        FigureGroupKeys.Expenditure => "支出预算",
        FigureGroupKeys.FiscalAppropriation => "财政拨款收支预算",
        FigureGroupKeys.GeneralPublicBudget => "一般公共预算当年拨款",
        FigureGroupKeys.GeneralPublicBudgetStructure => "一般公共预算当年拨款结构",
        FigureGroupKeys.GeneralPublicBudgetByItem => "一般公共预算当年拨款具体使用",
        FigureGroupKeys.BasicExpenditure => "一般公共预算基本支出",
        FigureGroupKeys.CommissionedServices => "委托业务费",
        FigureGroupKeys.CarryOver => "上年结转结余",
        FigureGroupKeys.CarryOverItems => "上年结转结余项目",
        FigureGroupKeys.ThreePublicExpenses => "“三公”经费",
        FigureGroupKeys.AgencyOperatingExpenses => "机关运行经费",
        _ => key,
    };

    public static string Field(FigureField field) => field switch
    {
        FigureField.Share => " · 占比",
        FigureField.ChangeAmount => " · 增减额",
        FigureField.ChangeRate => " · 增减率",
        _ => "",
    };

    public static string PerformanceTable(PerformanceTable table)
        => table.Scope == PerformanceScope.Department ? "部门整体绩效目标表" : "项目 " + (table.ProjectName ?? "");

    public static string StandardTitle(TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "部门收支总体情况表",
        TableKind.Income => "部门收入总体情况表",
        TableKind.Expenditure => "部门支出总体情况表",
        TableKind.FiscalAppropriationSummary => "财政拨款收支预算总体情况表",
        TableKind.GeneralPublicBudgetExpenditure => "一般公共预算支出情况表",
        TableKind.GeneralPublicBudgetBasicExpenditure => "一般公共预算基本支出情况表",
        TableKind.GeneralPublicBudgetProjectExpenditure => "一般公共预算项目支出情况表",
        TableKind.GovernmentFundExpenditure => "政府性基金预算支出情况表",
        TableKind.StateCapitalExpenditure => "国有资本经营预算支出情况表",
        TableKind.ThreePublicExpenses => "财政拨款“三公”经费支出情况表",
        TableKind.CommissionedServices => "财政拨款委托业务费支出情况表",
        TableKind.PriorYearCarryOver => "上年结转结余情况表",
        _ => "其他表",
    };

    /// <summary>Names a table kind as the standard set numbers and titles it, e.g. "表6 一般公共预算基本支出情况表 (GeneralPublicBudgetBasicExpenditure)".</summary>
    public static string Kind(TableKind kind)
        => kind == TableKind.Other ? "an unmodelled table" : $"表{(int)kind} {StandardTitle(kind)} ({kind})";
}
