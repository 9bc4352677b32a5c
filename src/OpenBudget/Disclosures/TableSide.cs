namespace OpenBudget.Disclosures;

/// <summary>The half of a two-sided table (收入 | 支出) a row or column belongs to.</summary>
public enum TableSide
{
    /// <summary>收入: the income half.</summary>
    Income = 1,

    /// <summary>支出: the expenditure half.</summary>
    Expenditure = 2,
}
