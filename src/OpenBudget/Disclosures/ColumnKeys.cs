namespace OpenBudget.Disclosures;

/// <summary>The vocabulary of <see cref="TableColumn.Key"/>: what an amount column means, whatever its printed header.</summary>
/// <remarks>Keys are stable and lower camel case with dots for "of which" parts. Table 7's economic columns use <see cref="Economic(Classification.EconomicCode)"/>.</remarks>
public static class ColumnKeys
{
    /// <summary>预算数: the single amount column of a side or of a simple table.</summary>
    public const string Amount = "amount";

    /// <summary>合计 / 总计: the row total.</summary>
    public const string Total = "total";

    /// <summary>收入 预算数: the income half's amount column (tables 1 and 4).</summary>
    public const string Income = "income";

    /// <summary>支出 预算数: the expenditure half's amount column (table 1).</summary>
    public const string Expenditure = "expenditure";

    /// <summary>财政拨款（补助）小计 / 财政拨款收入: all fiscal appropriations.</summary>
    public const string Fiscal = "fiscal";

    /// <summary>一般公共预算: general public budget appropriations.</summary>
    public const string GeneralPublicBudget = "generalPublicBudget";

    /// <summary>上级一般公共预算安排的转移支付: of which, transfers from the higher level.</summary>
    public const string GeneralPublicBudgetTransfer = "generalPublicBudget.transfer";

    /// <summary>政府性基金预算: government fund budget appropriations.</summary>
    public const string GovernmentFund = "governmentFund";

    /// <summary>上级政府性基金安排的转移支付: of which, transfers from the higher level.</summary>
    public const string GovernmentFundTransfer = "governmentFund.transfer";

    /// <summary>国有资本经营预算: state capital operations budget appropriations.</summary>
    public const string StateCapital = "stateCapital";

    /// <summary>财政专户管理资金 (教育收费): funds managed through fiscal special accounts.</summary>
    public const string FiscalSpecialAccount = "fiscalSpecialAccount";

    /// <summary>单位资金: the unit's own funds.</summary>
    public const string UnitFunds = "unitFunds";

    /// <summary>事业收入: revenue from public-service activities.</summary>
    public const string PublicServiceRevenue = "unitFunds.publicService";

    /// <summary>事业单位经营收入: business revenue of public institutions.</summary>
    public const string BusinessRevenue = "unitFunds.business";

    /// <summary>其他收入: other revenue.</summary>
    public const string OtherRevenue = "unitFunds.other";

    /// <summary>财政拨款结转: carry-over of fiscal appropriations.</summary>
    public const string FiscalCarryOver = "carryOver.fiscal";

    /// <summary>非财政拨款结转结余: carry-over and balances of non-fiscal funds.</summary>
    public const string NonFiscalCarryOver = "carryOver.nonFiscal";

    /// <summary>基本支出: basic expenditure.</summary>
    public const string Basic = "basic";

    /// <summary>项目支出: project expenditure.</summary>
    public const string Project = "project";

    /// <summary>人员经费: personnel expenses.</summary>
    public const string Personnel = "personnel";

    /// <summary>公用经费: public (office) expenses.</summary>
    public const string Public = "public";

    /// <summary>基本支出 人员经费: basic expenditure, personnel expenses.</summary>
    public const string BasicPersonnel = "basic.personnel";

    /// <summary>基本支出 公用经费: basic expenditure, public expenses.</summary>
    public const string BasicPublic = "basic.public";

    /// <summary>财政拨款 基本支出 人员经费 (table 12).</summary>
    public const string FiscalBasicPersonnel = "fiscal.basic.personnel";

    /// <summary>财政拨款 基本支出 公用经费 (table 12).</summary>
    public const string FiscalBasicPublic = "fiscal.basic.public";

    /// <summary>财政拨款 项目支出 (table 12).</summary>
    public const string FiscalProject = "fiscal.project";

    /// <summary>非财政拨款 小计 (table 12).</summary>
    public const string NonFiscal = "nonFiscal";

    /// <summary>非财政拨款 基本支出 人员经费 (table 12).</summary>
    public const string NonFiscalBasicPersonnel = "nonFiscal.basic.personnel";

    /// <summary>非财政拨款 基本支出 公用经费 (table 12).</summary>
    public const string NonFiscalBasicPublic = "nonFiscal.basic.public";

    /// <summary>非财政拨款 项目支出 (table 12).</summary>
    public const string NonFiscalProject = "nonFiscal.project";

    /// <summary>"三公"经费 合计, where a table prints the three public expenses as columns.</summary>
    public const string ThreePublicTotal = "threePublic";

    /// <summary>因公出国（境）费用, as a column.</summary>
    public const string OverseasTravel = "overseasTravel";

    /// <summary>公务接待费, as a column.</summary>
    public const string Reception = "reception";

    /// <summary>公务用车购置及运行维护费 小计, as a column.</summary>
    public const string Vehicles = "vehicles";

    /// <summary>公务用车购置费, as a column.</summary>
    public const string VehiclePurchase = "vehicles.purchase";

    /// <summary>公务用车运行维护费, as a column.</summary>
    public const string VehicleOperation = "vehicles.operation";

    /// <summary>机关运行经费, as a column.</summary>
    public const string AgencyOperating = "agencyOperating";

    /// <summary>The prefix of the keys of economic-class columns, e.g. "economic.302".</summary>
    public const string EconomicPrefix = "economic.";

    /// <summary>Gets the key of the column for an economic class or section (table 7's 工资福利支出, 商品和服务支出 … columns).</summary>
    /// <param name="code">The economic code.</param>
    /// <returns>The key, e.g. "economic.302".</returns>
    public static string Economic(Classification.EconomicCode code) => EconomicPrefix + code.ToString();
}
