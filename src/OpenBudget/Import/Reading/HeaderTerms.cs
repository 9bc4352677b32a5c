using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>The table of header synonyms: what a printed column header means, whatever its wording in a region or year.</summary>
internal static class HeaderTerms
{
    private static readonly Dictionary<string, LabelRole> Labels = new(StringComparer.Ordinal)
    {
        ["科目代码"] = LabelRole.Code,
        ["科目编码"] = LabelRole.Code,
        ["功能分类科目编码"] = LabelRole.Code,
        ["功能科目编码"] = LabelRole.Code,
        ["支出功能分类科目编码"] = LabelRole.Code,
        ["经济分类科目编码"] = LabelRole.Code,
        ["部门预算经济分类科目"] = LabelRole.Code,
        ["部门预算经济分类科目编码"] = LabelRole.Code,
        ["经济分类科目"] = LabelRole.Code,
        ["功能分类科目"] = LabelRole.Code,
        ["支出功能分类科目"] = LabelRole.Code,
        ["编码"] = LabelRole.Code,
        ["代码"] = LabelRole.Code,
        ["科目"] = LabelRole.Code,
        ["类"] = LabelRole.ClassCode,
        ["款"] = LabelRole.SectionCode,
        ["项"] = LabelRole.ItemCode,
        ["科目名称"] = LabelRole.Name,
        ["功能分类科目名称"] = LabelRole.Name,
        ["经济分类科目名称"] = LabelRole.Name,
        ["部门预算经济分类科目名称"] = LabelRole.Name,
        ["项目"] = LabelRole.Name,
        ["名称"] = LabelRole.Name,
        ["收入项目"] = LabelRole.Name,
        ["支出项目"] = LabelRole.Name,
        ["预算科目"] = LabelRole.Name,
        ["支出内容"] = LabelRole.Name,
        ["“三公”经费支出内容"] = LabelRole.Name,
        ["\"三公\"经费支出内容"] = LabelRole.Name,
        ["三公经费支出内容"] = LabelRole.Name,
        ["单位名称"] = LabelRole.Name,
        ["单位名称（科目）"] = LabelRole.Name,
        ["项目名称"] = LabelRole.Project,
        ["项目名称（单位）"] = LabelRole.Project,
    };

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["合计"] = Total,
        ["总计"] = Total,
        ["本年合计"] = Total,
        ["项目支出合计"] = Total,
        ["本年收入合计"] = Total,
        ["本年支出合计"] = Total,
        ["收入合计"] = Total,
        ["支出合计"] = Total,
        ["小计"] = Subtotal,
        ["预算数"] = AmountTerm,
        ["决算数"] = AmountTerm,
        ["金额"] = AmountTerm,
        ["本年预算数"] = AmountTerm,
        ["预算金额"] = AmountTerm,
        ["本年预算"] = AmountTerm,
        ["财政拨款（补助）小计"] = FiscalSubtotal,
        ["财政拨款小计"] = FiscalSubtotal,
        ["财政拨款（补助）"] = Fiscal,
        ["财政拨款"] = Fiscal,
        ["财政拨款收入"] = Fiscal,
        ["财政拨款资金"] = Fiscal,
        ["非财政拨款"] = NonFiscal,
        ["非财政拨款资金"] = NonFiscal,
        ["一般公共预算"] = ColumnKeys.GeneralPublicBudget,
        ["一般公共预算拨款"] = ColumnKeys.GeneralPublicBudget,
        ["一般公共预算资金"] = ColumnKeys.GeneralPublicBudget,
        ["一般公共预算财政拨款"] = ColumnKeys.GeneralPublicBudget,
        ["一般公共预算拨款收入"] = ColumnKeys.GeneralPublicBudget,
        ["上级一般公共预算安排的转移支付"] = ColumnKeys.GeneralPublicBudgetTransfer,
        ["上级一般公共预算安排转移支付"] = ColumnKeys.GeneralPublicBudgetTransfer,
        ["其中：上级一般公共预算安排的转移支付"] = ColumnKeys.GeneralPublicBudgetTransfer,
        ["政府性基金预算"] = ColumnKeys.GovernmentFund,
        ["政府性基金"] = ColumnKeys.GovernmentFund,
        ["政府性基金预算拨款"] = ColumnKeys.GovernmentFund,
        ["政府性基金预算财政拨款"] = ColumnKeys.GovernmentFund,
        ["上级政府性基金安排的转移支付"] = ColumnKeys.GovernmentFundTransfer,
        ["上级政府性基金安排转移支付"] = ColumnKeys.GovernmentFundTransfer,
        ["国有资本经营预算"] = ColumnKeys.StateCapital,
        ["国有资本经营预算拨款"] = ColumnKeys.StateCapital,
        ["国有资本经营预算财政拨款"] = ColumnKeys.StateCapital,
        ["财政专户（教育收费）"] = ColumnKeys.FiscalSpecialAccount,
        ["财政专户管理资金"] = ColumnKeys.FiscalSpecialAccount,
        ["财政专户核拨"] = ColumnKeys.FiscalSpecialAccount,
        ["财政专户"] = ColumnKeys.FiscalSpecialAccount,
        ["财政专户管理资金收入"] = ColumnKeys.FiscalSpecialAccount,
        ["单位资金"] = ColumnKeys.UnitFunds,
        ["事业收入"] = ColumnKeys.PublicServiceRevenue,
        ["事业单位经营收入"] = ColumnKeys.BusinessRevenue,
        ["经营收入"] = ColumnKeys.BusinessRevenue,
        ["其他收入"] = ColumnKeys.OtherRevenue,
        ["上级补助收入"] = RowKeys.HigherLevelSubsidy,
        ["附属单位上缴收入"] = RowKeys.AffiliatedRemittance,
        ["财政拨款结转"] = ColumnKeys.FiscalCarryOver,
        ["非财政拨款结转结余"] = ColumnKeys.NonFiscalCarryOver,
        ["非财政拨款结转"] = ColumnKeys.NonFiscalCarryOver,
        ["上年结转结余"] = RowKeys.CarryOver,
        ["上年结转"] = RowKeys.CarryOver,
        ["年初结转和结余"] = RowKeys.CarryOver,
        ["用事业基金弥补收支差额"] = "businessFundDrawdown",
        ["年末结转和结余"] = "carryOver.closing",
        ["上缴上级支出"] = "remittedToHigher",
        ["经营支出"] = "businessExpenditure",
        ["对附属单位补助支出"] = "subsidiesToAffiliates",
        ["基本支出"] = ColumnKeys.Basic,
        ["项目支出"] = ColumnKeys.Project,
        ["人员经费"] = ColumnKeys.Personnel,
        ["公用经费"] = ColumnKeys.Public,
        ["日常公用经费"] = ColumnKeys.Public,
        ["因公出国（境）费用"] = ColumnKeys.OverseasTravel,
        ["因公出国（境）费"] = ColumnKeys.OverseasTravel,
        ["因公出国(境)费用"] = ColumnKeys.OverseasTravel,
        ["因公出国(境)费"] = ColumnKeys.OverseasTravel,
        ["公务接待费"] = ColumnKeys.Reception,
        ["公务用车购置及运行费"] = ColumnKeys.Vehicles,
        ["公务用车购置及运行维护费"] = ColumnKeys.Vehicles,
        ["公务用车购置及运行维护费（小计）"] = ColumnKeys.Vehicles,
        ["购置费"] = ColumnKeys.VehiclePurchase,
        ["公务用车购置费"] = ColumnKeys.VehiclePurchase,
        ["公务用车购置"] = ColumnKeys.VehiclePurchase,
        ["运行费"] = ColumnKeys.VehicleOperation,
        ["运行维护费"] = ColumnKeys.VehicleOperation,
        ["公务用车运行费"] = ColumnKeys.VehicleOperation,
        ["公务用车运行维护费"] = ColumnKeys.VehicleOperation,
        ["“三公”经费预算数"] = ThreePublicGroup,
        ["“三公”经费"] = ThreePublicGroup,
        ["\"三公\"经费预算数"] = ThreePublicGroup,
        ["三公经费预算数"] = ThreePublicGroup,
        ["“三公”经费合计"] = ColumnKeys.ThreePublicTotal,
        ["机关运行经费预算数"] = ColumnKeys.AgencyOperating,
        ["机关运行经费预算"] = ColumnKeys.AgencyOperating,
        ["机关运行经费"] = ColumnKeys.AgencyOperating,
    };

    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "支出预算", "收入预算", "一般公共预算支出", "政府性基金预算支出", "国有资本经营预算支出", "一般公共预算基本支出",
        "资金来源", "收入", "支出", "本年收入", "本年支出", "财政拨款支出", "收入来源", "支出决算", "收入决算",
        "政府性基金预算支出预算", "本年支出预算", "本年收入预算", "预算数（万元）", "一般公共预算财政拨款支出", "经济分类",
    };

    internal const string Total = "@total";
    internal const string Subtotal = "@subtotal";
    internal const string AmountTerm = "@amount";
    internal const string Fiscal = "@fiscal";
    internal const string FiscalSubtotal = "@fiscalSubtotal";
    internal const string NonFiscal = "@nonFiscal";
    internal const string ThreePublicGroup = "@threePublic";

    /// <summary>Tells whether a compacted header names a non-amount column, and which.</summary>
    internal static bool IsLabel(string compact, out LabelRole role) => Labels.TryGetValue(Canonical(compact), out role);

    /// <summary>Tells whether a compacted header only groups others (支出预算, 资金来源) and adds nothing to their meaning.</summary>
    internal static bool IsContainer(string compact) => Containers.Contains(Canonical(compact));

    /// <summary>Tells whether a compacted header names the income side of a two-sided table.</summary>
    internal static bool IsIncomeSide(string compact)
    {
        string c = Canonical(compact);
        return c is "收入" or "本年收入" or "财政拨款收入" or "收入总计" or "收入预算" || (c.EndsWith("收入", StringComparison.Ordinal) && c.Length <= 8 && !Meanings.ContainsKey(c));
    }

    /// <summary>Tells whether a compacted header names the expenditure side of a two-sided table.</summary>
    internal static bool IsExpenditureSide(string compact)
    {
        string c = Canonical(compact);
        return c is "支出" or "本年支出" or "财政拨款支出" or "支出总计" or "支出预算" || (c.EndsWith("支出", StringComparison.Ordinal) && c.Length <= 8 && !Meanings.ContainsKey(c));
    }

    /// <summary>Gets what a compacted header means: a column key, one of the @ terms, or <see langword="null"/> when unknown.</summary>
    internal static string? Meaning(string compact)
    {
        string c = Canonical(compact);
        return Meanings.TryGetValue(c, out string? meaning) ? meaning : null;
    }

    /// <summary>Tells whether a compacted text is a header this table knows (a label, a meaning or a container).</summary>
    internal static bool IsKnown(string compact) => IsLabel(compact, out _) || Meaning(compact) is not null || IsContainer(compact);

    /// <summary>Drops what varies without changing the meaning: a leading year ("2024年"), a unit in brackets ("（万元）"), full-width ASCII brackets.</summary>
    internal static string Canonical(string compact)
    {
        string c = compact;
        if (c.Length > 5 && c[4] == '年' && Texts.IsDigits(c.AsSpan(0, 4)))
        {
            c = c[5..];
        }

        foreach (string unit in (ReadOnlySpan<string>)["（万元）", "(万元)", "（元）", "(元)"])
        {
            if (c.EndsWith(unit, StringComparison.Ordinal) && c.Length > unit.Length)
            {
                c = c[..^unit.Length];
            }
        }

        if (c.Contains('(', StringComparison.Ordinal) && !Meanings.ContainsKey(c))
        {
            c = c.Replace('(', '（').Replace(')', '）');
        }

        return c;
    }
}
