using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Gives a stated figure its key from what its sentence names ("一般公共预算" → generalPublicBudget, "基本支出" → basic).</summary>
internal static class SubjectKeys
{
    private static readonly (string[] All, string[] None, string Key)[] Rules =
    [
        (["三公"], [], RowKeys.ThreePublicTotal),
        (["因公出国"], [], RowKeys.OverseasTravel),
        (["公务接待"], [], RowKeys.Reception),
        (["公务用车购置及运行"], [], RowKeys.Vehicles),
        (["公务用车购置"], [], RowKeys.VehiclePurchase),
        (["公务用车运行"], [], RowKeys.VehicleOperation),
        (["机关运行经费"], [], RowKeys.AgencyOperating),
        (["上级", "一般公共预算"], [], RowKeys.GeneralPublicBudgetTransfer),
        (["上级", "政府性基金"], [], RowKeys.GovernmentFundTransfer),
        (["上级", "国有资本"], [], RowKeys.StateCapitalTransfer),
        (["非财政拨款结转"], [], RowKeys.NonFiscalCarryOver),
        (["财政拨款结转"], [], RowKeys.FiscalCarryOver),
        (["上年结转结余"], [], RowKeys.CarryOver),
        (["基本支出"], [], ColumnKeys.Basic),
        (["项目支出"], [], ColumnKeys.Project),
        (["人员经费"], [], ColumnKeys.Personnel),
        (["公用经费"], [], ColumnKeys.Public),
        (["一般公共预算"], ["支出包括", "基金", "国有"], RowKeys.GeneralPublicBudget),
        (["政府性基金"], [], RowKeys.GovernmentFund),
        (["国有资本经营"], [], RowKeys.StateCapital),
        (["财政专户"], [], RowKeys.FiscalSpecialAccount),
        (["事业单位经营收入"], [], RowKeys.BusinessRevenue),
        (["事业收入"], [], RowKeys.PublicServiceRevenue),
        (["其他收入"], [], RowKeys.OtherRevenue),
        (["单位资金"], [], RowKeys.UnitFunds),
        (["财政拨款收入"], [], RowKeys.FiscalAppropriation),
        (["财政拨款收支"], [], RowKeys.FiscalAppropriation),
    ];

    /// <summary>Finds the key of a subject within a group; project-named groups (委托业务费, 结转 items) get none.</summary>
    internal static string? For(string subject, string groupKey)
    {
        if (groupKey is FigureGroupKeys.CommissionedServices or FigureGroupKeys.CarryOverItems or FigureGroupKeys.GeneralPublicBudgetByItem or FigureGroupKeys.GeneralPublicBudgetStructure)
        {
            return null;
        }

        string c = Texts.Compact(subject);
        if (groupKey == FigureGroupKeys.CarryOver)
        {
            if (c.StartsWith("非财政拨款", StringComparison.Ordinal))
            {
                return RowKeys.NonFiscalCarryOver;
            }

            if (c.StartsWith("财政拨款", StringComparison.Ordinal))
            {
                return RowKeys.FiscalCarryOver;
            }
        }

        foreach ((string[] all, string[] none, string key) in Rules)
        {
            if (all.All(w => c.Contains(w, StringComparison.Ordinal)) && !none.Any(w => c.Contains(w, StringComparison.Ordinal)))
            {
                return key;
            }
        }

        return null;
    }
}
