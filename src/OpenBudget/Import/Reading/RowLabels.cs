using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Gives a named table line (一、本年收入, 其中：一般财力, 公务接待费) its <see cref="RowKeys"/> key, by meaning and by the line it stands under.</summary>
internal static class RowLabels
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["本年收入"] = RowKeys.CurrentYearIncome,
        ["本年收入合计"] = RowKeys.CurrentYearIncome,
        ["财政拨款（补助）"] = RowKeys.FiscalAppropriation,
        ["财政拨款(补助)"] = RowKeys.FiscalAppropriation,
        ["财政拨款收入"] = RowKeys.FiscalAppropriation,
        ["财政拨款"] = RowKeys.FiscalAppropriation,
        ["一般公共预算拨款"] = RowKeys.GeneralPublicBudget,
        ["一般公共预算资金"] = RowKeys.GeneralPublicBudget,
        ["一般公共预算"] = RowKeys.GeneralPublicBudget,
        ["一般公共预算拨款收入"] = RowKeys.GeneralPublicBudget,
        ["一般公共预算财政拨款"] = RowKeys.GeneralPublicBudget,
        ["一般财力"] = RowKeys.GeneralPublicBudgetOwnRevenue,
        ["上级一般公共预算安排转移支付"] = RowKeys.GeneralPublicBudgetTransfer,
        ["上级一般公共预算安排的转移支付"] = RowKeys.GeneralPublicBudgetTransfer,
        ["政府性基金预算拨款"] = RowKeys.GovernmentFund,
        ["政府性基金预算"] = RowKeys.GovernmentFund,
        ["政府性基金"] = RowKeys.GovernmentFund,
        ["政府性基金预算财政拨款"] = RowKeys.GovernmentFund,
        ["政府性基金收入"] = RowKeys.GovernmentFundOwnRevenue,
        ["上级政府性基金安排转移支付"] = RowKeys.GovernmentFundTransfer,
        ["上级政府性基金安排的转移支付"] = RowKeys.GovernmentFundTransfer,
        ["国有资本经营预算拨款"] = RowKeys.StateCapital,
        ["国有资本经营预算"] = RowKeys.StateCapital,
        ["国有资本经营预算财政拨款"] = RowKeys.StateCapital,
        ["国有资本经营收入"] = RowKeys.StateCapitalOwnRevenue,
        ["上级国有资本经营预算安排转移支付"] = RowKeys.StateCapitalTransfer,
        ["上级国有资本经营预算安排的转移支付"] = RowKeys.StateCapitalTransfer,
        ["财政专户核拨"] = RowKeys.FiscalSpecialAccount,
        ["财政专户管理资金"] = RowKeys.FiscalSpecialAccount,
        ["财政专户管理资金收入"] = RowKeys.FiscalSpecialAccount,
        ["单位资金"] = RowKeys.UnitFunds,
        ["事业收入"] = RowKeys.PublicServiceRevenue,
        ["上级补助收入"] = RowKeys.HigherLevelSubsidy,
        ["附属单位上缴收入"] = RowKeys.AffiliatedRemittance,
        ["事业单位经营收入"] = RowKeys.BusinessRevenue,
        ["经营收入"] = RowKeys.BusinessRevenue,
        ["其他收入"] = RowKeys.OtherRevenue,
        ["上年结转结余"] = RowKeys.CarryOver,
        ["上年结转"] = RowKeys.CarryOver,
        ["上年结余"] = RowKeys.CarryOver,
        ["上年结转和结余"] = RowKeys.CarryOver,
        ["年初结转和结余"] = RowKeys.CarryOver,
        ["财政拨款结转"] = RowKeys.FiscalCarryOver,
        ["财政拨款结转结余"] = RowKeys.FiscalCarryOver,
        ["非财政拨款结转结余"] = RowKeys.NonFiscalCarryOver,
        ["非财政拨款结转"] = RowKeys.NonFiscalCarryOver,
        ["“三公”经费"] = RowKeys.ThreePublicTotal,
        ["因公出国（境）费用"] = RowKeys.OverseasTravel,
        ["因公出国（境）费"] = RowKeys.OverseasTravel,
        ["因公出国(境)费用"] = RowKeys.OverseasTravel,
        ["因公出国(境)费"] = RowKeys.OverseasTravel,
        ["公务接待费"] = RowKeys.Reception,
        ["公务用车购置及运行维护费（小计）"] = RowKeys.Vehicles,
        ["公务用车购置及运行维护费"] = RowKeys.Vehicles,
        ["公务用车购置及运行费"] = RowKeys.Vehicles,
        ["公务用车购置及运行费（小计）"] = RowKeys.Vehicles,
        ["公务用车购置"] = RowKeys.VehiclePurchase,
        ["公务用车购置费"] = RowKeys.VehiclePurchase,
        ["公务用车运行维护费"] = RowKeys.VehicleOperation,
        ["公务用车运行费"] = RowKeys.VehicleOperation,
        ["机关运行经费"] = RowKeys.AgencyOperating,
    };

    private static readonly HashSet<string> FundKeys = new(StringComparer.Ordinal)
    {
        RowKeys.GeneralPublicBudget, RowKeys.GovernmentFund, RowKeys.StateCapital, RowKeys.FiscalSpecialAccount, RowKeys.UnitFunds,
    };

    /// <summary>Resolves a label (numbering and 其中 already removed, compacted) under a parent line's key.</summary>
    internal static string? Resolve(string compactLabel, string? parentKey)
    {
        if (!Keys.TryGetValue(compactLabel, out string? key))
        {
            return null;
        }

        if (parentKey is RowKeys.FiscalCarryOver or RowKeys.NonFiscalCarryOver && FundKeys.Contains(key))
        {
            return parentKey + "." + key;
        }

        return key;
    }

    /// <summary>Tells whether a compacted label names a known line.</summary>
    internal static bool IsKnown(string compactLabel) => Keys.ContainsKey(compactLabel);
}
