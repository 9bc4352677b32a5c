namespace OpenBudget.Disclosures;

/// <summary>The vocabulary of <see cref="TableRow.Key"/> and <see cref="StatedFigure.Key"/>: what a named line means, whatever its printed wording.</summary>
/// <remarks>Keys are stable and lower camel case with dots for "of which" parts (其中).</remarks>
public static class RowKeys
{
    /// <summary>一、本年收入: income of the year.</summary>
    public const string CurrentYearIncome = "currentYearIncome";

    /// <summary>财政拨款（补助）/ 财政拨款收入: all fiscal appropriations.</summary>
    public const string FiscalAppropriation = "fiscalAppropriation";

    /// <summary>一般公共预算拨款 / 一般公共预算资金.</summary>
    public const string GeneralPublicBudget = "generalPublicBudget";

    /// <summary>其中：一般财力: of which, the level's own general revenue.</summary>
    public const string GeneralPublicBudgetOwnRevenue = "generalPublicBudget.ownRevenue";

    /// <summary>上级一般公共预算安排转移支付: of which, transfers from the higher level.</summary>
    public const string GeneralPublicBudgetTransfer = "generalPublicBudget.transfer";

    /// <summary>政府性基金预算拨款.</summary>
    public const string GovernmentFund = "governmentFund";

    /// <summary>其中：政府性基金收入.</summary>
    public const string GovernmentFundOwnRevenue = "governmentFund.ownRevenue";

    /// <summary>上级政府性基金安排转移支付.</summary>
    public const string GovernmentFundTransfer = "governmentFund.transfer";

    /// <summary>国有资本经营预算拨款.</summary>
    public const string StateCapital = "stateCapital";

    /// <summary>其中：国有资本经营收入.</summary>
    public const string StateCapitalOwnRevenue = "stateCapital.ownRevenue";

    /// <summary>上级国有资本经营预算安排转移支付.</summary>
    public const string StateCapitalTransfer = "stateCapital.transfer";

    /// <summary>财政专户核拨 / 财政专户管理资金.</summary>
    public const string FiscalSpecialAccount = "fiscalSpecialAccount";

    /// <summary>单位资金.</summary>
    public const string UnitFunds = "unitFunds";

    /// <summary>事业收入.</summary>
    public const string PublicServiceRevenue = "unitFunds.publicService";

    /// <summary>上级补助收入.</summary>
    public const string HigherLevelSubsidy = "unitFunds.higherSubsidy";

    /// <summary>附属单位上缴收入.</summary>
    public const string AffiliatedRemittance = "unitFunds.affiliatedRemittance";

    /// <summary>事业单位经营收入.</summary>
    public const string BusinessRevenue = "unitFunds.business";

    /// <summary>其他收入.</summary>
    public const string OtherRevenue = "unitFunds.other";

    /// <summary>二、上年结转结余: carry-over from the previous year.</summary>
    public const string CarryOver = "carryOver";

    /// <summary>财政拨款结转.</summary>
    public const string FiscalCarryOver = "carryOver.fiscal";

    /// <summary>财政拨款结转 其中：一般公共预算拨款.</summary>
    public const string FiscalCarryOverGeneralPublicBudget = "carryOver.fiscal.generalPublicBudget";

    /// <summary>财政拨款结转 其中：政府性基金预算拨款.</summary>
    public const string FiscalCarryOverGovernmentFund = "carryOver.fiscal.governmentFund";

    /// <summary>财政拨款结转 其中：国有资本经营预算拨款.</summary>
    public const string FiscalCarryOverStateCapital = "carryOver.fiscal.stateCapital";

    /// <summary>非财政拨款结转结余.</summary>
    public const string NonFiscalCarryOver = "carryOver.nonFiscal";

    /// <summary>非财政拨款结转结余 其中：财政专户核拨.</summary>
    public const string NonFiscalCarryOverSpecialAccount = "carryOver.nonFiscal.fiscalSpecialAccount";

    /// <summary>非财政拨款结转结余 其中：单位资金.</summary>
    public const string NonFiscalCarryOverUnitFunds = "carryOver.nonFiscal.unitFunds";

    /// <summary>"三公"经费 总计 (table 10).</summary>
    public const string ThreePublicTotal = "threePublic";

    /// <summary>因公出国（境）费用 (table 10).</summary>
    public const string OverseasTravel = "overseasTravel";

    /// <summary>公务接待费 (table 10).</summary>
    public const string Reception = "reception";

    /// <summary>公务用车购置及运行维护费（小计） (table 10).</summary>
    public const string Vehicles = "vehicles";

    /// <summary>其中：公务用车购置 (table 10).</summary>
    public const string VehiclePurchase = "vehicles.purchase";

    /// <summary>公务用车运行维护费 (table 10).</summary>
    public const string VehicleOperation = "vehicles.operation";

    /// <summary>机关运行经费.</summary>
    public const string AgencyOperating = "agencyOperating";

    /// <summary>政府采购 (explanations).</summary>
    public const string Procurement = "procurement";
}
