namespace OpenBudget.Disclosures;

/// <summary>Which stage of the fiscal year a disclosure reports.</summary>
public enum DisclosurePhase
{
    /// <summary>部门预算: the approved budget, published in spring.</summary>
    Budget = 0,

    /// <summary>部门决算: the final accounts, published after the year ends.</summary>
    FinalAccounts = 1,
}
