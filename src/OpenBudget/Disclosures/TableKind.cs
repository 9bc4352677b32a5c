namespace OpenBudget.Disclosures;

/// <summary>The kind of a standard disclosure table, whatever number and title it is printed under.</summary>
public enum TableKind
{
    /// <summary>A table this library does not model by meaning; its rows and cells are kept as printed.</summary>
    Other = 0,

    /// <summary>部门收支总体情况表 (also 部门财务收支预算总表): income by source against expenditure by functional class.</summary>
    IncomeExpenditureSummary = 1,

    /// <summary>部门收入总体情况表: income by functional code and source.</summary>
    Income = 2,

    /// <summary>部门支出总体情况表: expenditure by functional code, basic and project.</summary>
    Expenditure = 3,

    /// <summary>财政拨款收支预算总体情况表: fiscal appropriations, income against expenditure by class and fund type.</summary>
    FiscalAppropriationSummary = 4,

    /// <summary>一般公共预算支出情况表: general public budget expenditure by functional code, basic and project.</summary>
    GeneralPublicBudgetExpenditure = 5,

    /// <summary>一般公共预算基本支出情况表: basic expenditure by economic code, personnel and public.</summary>
    GeneralPublicBudgetBasicExpenditure = 6,

    /// <summary>一般公共预算项目支出情况表: project expenditure by unit, functional code, project and economic class.</summary>
    GeneralPublicBudgetProjectExpenditure = 7,

    /// <summary>政府性基金预算支出情况表: government fund budget expenditure.</summary>
    GovernmentFundExpenditure = 8,

    /// <summary>国有资本经营预算支出情况表: state capital operations budget expenditure.</summary>
    StateCapitalExpenditure = 9,

    /// <summary>财政拨款"三公"经费支出情况表: overseas travel, official vehicles and official hospitality.</summary>
    ThreePublicExpenses = 10,

    /// <summary>财政拨款委托业务费支出情况表: commissioned services by unit and project.</summary>
    CommissionedServices = 11,

    /// <summary>上年结转结余情况表: carry-over from the previous year by unit and project.</summary>
    PriorYearCarryOver = 12,
}
