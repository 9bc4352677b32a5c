namespace OpenBudget.Export;

/// <summary>What tidy amounts can be grouped by (汇总维度).</summary>
public enum TidyDimension
{
    /// <summary>The fiscal year, e.g. "2026".</summary>
    Year = 0,

    /// <summary>The region code, e.g. "650100".</summary>
    Region = 1,

    /// <summary>The disclosure id (one department, year and phase).</summary>
    Disclosure = 2,

    /// <summary>The budget unit (预算单位) of per-unit tables.</summary>
    BudgetUnit = 3,

    /// <summary>The table kind, e.g. "expenditure".</summary>
    TableKind = 4,

    /// <summary>The column key, e.g. "basic".</summary>
    ColumnKey = 5,

    /// <summary>The row kind, e.g. "item".</summary>
    RowKind = 6,

    /// <summary>The functional class (类), e.g. "206".</summary>
    FunctionalClass = 7,

    /// <summary>The functional section (款) with its class, e.g. "20604".</summary>
    FunctionalSection = 8,

    /// <summary>The functional item (项) with its class and section, e.g. "2060404".</summary>
    FunctionalItem = 9,

    /// <summary>The economic class (类), e.g. "302".</summary>
    EconomicClass = 10,

    /// <summary>The economic section (款) with its class, e.g. "30231".</summary>
    EconomicSection = 11,
}
