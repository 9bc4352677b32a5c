namespace OpenBudget.Classification;

/// <summary>A code list of the 政府收支分类科目.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类科目: what the money is for (类/款/项).</summary>
    Functional = 0,

    /// <summary>部门预算支出经济分类科目: what the money buys, as department budgets print it (301–399).</summary>
    EconomicDepartment = 1,

    /// <summary>政府预算支出经济分类科目: what the money buys, as government budgets print it (501–599).</summary>
    EconomicGovernment = 2,
}
