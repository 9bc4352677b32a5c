namespace OpenBudget.Disclosures;

/// <summary>The kind of a budget unit (预算单位性质).</summary>
public enum BudgetUnitKind
{
    /// <summary>A kind the catalogue does not name; the printed text is kept.</summary>
    Other = 0,

    /// <summary>行政单位: an administrative unit.</summary>
    Administrative = 1,

    /// <summary>参照公务员法管理事业单位: a public institution managed like an administrative unit.</summary>
    ManagedAsAdministrative = 2,

    /// <summary>全额拨款事业单位: a fully funded public institution.</summary>
    FullyFundedInstitution = 3,

    /// <summary>差额拨款事业单位: a partly funded public institution.</summary>
    PartlyFundedInstitution = 4,

    /// <summary>自收自支事业单位: a self-funded public institution.</summary>
    SelfFundedInstitution = 5,

    /// <summary>事业单位 without further detail.</summary>
    Institution = 6,
}
