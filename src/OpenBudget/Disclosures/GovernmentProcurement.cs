using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>The government procurement budget (政府采购预算) as the explanations state it.</summary>
public sealed record GovernmentProcurement
{
    /// <summary>Gets the unit the amounts are printed in.</summary>
    public PresentationUnit Unit { get; init; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the total procurement budget (政府采购预算).</summary>
    public Amount Total { get; init; }

    /// <summary>Gets the goods budget (政府采购货物预算).</summary>
    public Amount Goods { get; init; }

    /// <summary>Gets the works budget (政府采购工程预算).</summary>
    public Amount Works { get; init; }

    /// <summary>Gets the services budget (政府采购服务预算).</summary>
    public Amount Services { get; init; }

    /// <summary>Gets the amount reserved for small and medium-sized enterprises (面向中小企业预留).</summary>
    public Amount ReservedForSmallAndMediumEnterprises { get; init; }

    /// <summary>Gets the part of the reserve for small and micro enterprises (小微企业预留).</summary>
    public Amount ReservedForSmallAndMicroEnterprises { get; init; }
}
