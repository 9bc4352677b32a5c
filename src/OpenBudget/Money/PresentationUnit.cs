namespace OpenBudget.Money;

/// <summary>The unit an amount is printed in (金额单位): 元, 万元 or 亿元.</summary>
public enum PresentationUnit
{
    /// <summary>元: one yuan.</summary>
    Yuan = 0,

    /// <summary>万元: ten thousand yuan, the unit of most disclosure tables.</summary>
    TenThousandYuan = 1,

    /// <summary>亿元: one hundred million yuan.</summary>
    HundredMillionYuan = 2,
}
