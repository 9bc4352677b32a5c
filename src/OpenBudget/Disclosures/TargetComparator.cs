namespace OpenBudget.Disclosures;

/// <summary>How an indicator's actual value is compared with its target (指标值 "&gt;=30 家", "&lt;=2 万元", "=100%").</summary>
public enum TargetComparator
{
    /// <summary>= : equal to.</summary>
    Equal = 0,

    /// <summary>&gt;= or ≥ : at least.</summary>
    AtLeast = 1,

    /// <summary>&lt;= or ≤ : at most.</summary>
    AtMost = 2,

    /// <summary>&gt; : more than.</summary>
    MoreThan = 3,

    /// <summary>&lt; : less than.</summary>
    LessThan = 4,
}
