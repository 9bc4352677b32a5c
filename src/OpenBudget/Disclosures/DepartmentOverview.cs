using OpenBudget.Collections;

namespace OpenBudget.Disclosures;

/// <summary>Part one of a disclosure (部门概况): the department's functions and its budget units.</summary>
public sealed record DepartmentOverview
{
    /// <summary>Gets the functions (主要职能) as printed, paragraph by paragraph.</summary>
    public EquatableArray<string> Functions { get; init; }

    /// <summary>Gets the statement on how the budget is composed (机构设置), as printed.</summary>
    public string? UnitsStatement { get; init; }

    /// <summary>Gets the budget units in the order printed.</summary>
    public EquatableArray<BudgetUnit> Units { get; init; }
}
