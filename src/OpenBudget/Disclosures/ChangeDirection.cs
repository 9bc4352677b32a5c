namespace OpenBudget.Disclosures;

/// <summary>The direction of a stated year-over-year change.</summary>
public enum ChangeDirection
{
    /// <summary>持平 / 增加 0.00: no change.</summary>
    Flat = 0,

    /// <summary>增加 / 增长: an increase.</summary>
    Increase = 1,

    /// <summary>减少 / 下降: a decrease.</summary>
    Decrease = 2,
}
