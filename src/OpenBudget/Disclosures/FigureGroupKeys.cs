namespace OpenBudget.Disclosures;

/// <summary>The vocabulary of <see cref="FigureGroup.Key"/>: which paragraph of the explanations a group of figures comes from.</summary>
public static class FigureGroupKeys
{
    /// <summary>收支总预算: the overall budget (part three, section 1).</summary>
    public const string Overall = "overall";

    /// <summary>收入预算: income by source with shares and changes.</summary>
    public const string Income = "income";

    /// <summary>支出预算: expenditure, basic and project, with shares and changes.</summary>
    public const string Expenditure = "expenditure";

    /// <summary>财政拨款收支预算: fiscal appropriations income and expenditure.</summary>
    public const string FiscalAppropriation = "fiscalAppropriation";

    /// <summary>一般公共预算当年拨款规模变化: general public budget, basic and project, with changes.</summary>
    public const string GeneralPublicBudget = "generalPublicBudget";

    /// <summary>一般公共预算当年拨款结构: general public budget by functional class with shares.</summary>
    public const string GeneralPublicBudgetStructure = "generalPublicBudgetStructure";

    /// <summary>一般公共预算当年拨款具体使用情况: general public budget by functional item with changes and reasons.</summary>
    public const string GeneralPublicBudgetByItem = "generalPublicBudgetByItem";

    /// <summary>一般公共预算基本支出: basic expenditure, personnel and public, with what they include.</summary>
    public const string BasicExpenditure = "basicExpenditure";

    /// <summary>委托业务费: commissioned services by project, with what they pay for.</summary>
    public const string CommissionedServices = "commissionedServices";

    /// <summary>上年结转结余: the carry-over from the previous year, item by item.</summary>
    public const string CarryOver = "carryOver";

    /// <summary>上年结转结余 项目: the carry-over items listed one by one.</summary>
    public const string CarryOverItems = "carryOverItems";

    /// <summary>"三公"经费: the three public expenses, with changes and reasons.</summary>
    public const string ThreePublicExpenses = "threePublicExpenses";

    /// <summary>机关运行经费: the agency operating expenses.</summary>
    public const string AgencyOperatingExpenses = "agencyOperatingExpenses";
}
