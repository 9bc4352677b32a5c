namespace OpenBudget.Validation;

/// <summary>The family an invariant rule belongs to.</summary>
public enum RuleCategory
{
    /// <summary>Within a table: a class equals its sections, a section its items, the total its classes, a unit its rows.</summary>
    WithinTable = 0,

    /// <summary>Across the columns of a row: 合计 = 基本支出 + 项目支出, and the like.</summary>
    AcrossColumns = 1,

    /// <summary>Across tables: tables 1, 2 and 3 agree; 5 agrees with 6 and 7; and the like.</summary>
    AcrossTables = 2,

    /// <summary>The explanations: stated figures, shares and growth rates against the amounts.</summary>
    Explanations = 3,

    /// <summary>The performance target tables: funding and weights.</summary>
    PerformanceTargets = 4,

    /// <summary>Names and codes: codes in the year's catalogue with their names; one name per project and unit.</summary>
    NamesAndCodes = 5,
}
