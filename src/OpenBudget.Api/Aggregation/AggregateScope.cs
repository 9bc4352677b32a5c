using OpenBudget.Disclosures;

namespace OpenBudget.Api.Aggregation;

/// <summary>Which printed cells an aggregate adds up when the request does not say, chosen so that no amount is counted twice.</summary>
/// <remarks>
/// Every disclosure prints the same money several times: table 3 (部门支出总体情况表) and table 5 (一般公共预算支出情况表) overlap,
/// a class (类) is the sum of its sections (款), a section of its items (项), 合计 is 基本支出 + 项目支出, and the final accounts
/// (决算) restate the budget. So an aggregate reads one table kind, one column, one row level and one phase:
/// by default the budget's expenditure by function (table 3, <c>expenditure</c>), its <c>total</c> column, at its finest level
/// (<see cref="DefaultRow"/>). Each default can be replaced with a cut (<c>table:</c>, <c>column:</c>, <c>row:</c>, <c>phase:</c>),
/// one value each.
/// </remarks>
public static class AggregateScope
{
    /// <summary>The table kind read by default: 部门支出总体情况表, expenditure by functional code.</summary>
    public const TableKind DefaultTable = TableKind.Expenditure;

    /// <summary>The column read by default: 合计.</summary>
    public const string DefaultColumn = "total";

    /// <summary>The phase read by default: the budget (预算).</summary>
    public const DisclosurePhase DefaultPhase = DisclosurePhase.Budget;

    /// <summary>Gets the row level read by default from a table kind: the finest level whose rows do not overlap.</summary>
    /// <param name="table">The table kind.</param>
    /// <returns>Items (项) of the tables by functional code, sections (款) of the basic expenditure by economic code, projects of the per-project tables, and the total row of the others.</returns>
    public static RowKind DefaultRow(TableKind table) => table switch
    {
        TableKind.Income or TableKind.Expenditure or TableKind.GeneralPublicBudgetExpenditure
            or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalExpenditure => RowKind.Item,
        TableKind.GeneralPublicBudgetBasicExpenditure => RowKind.Section,
        TableKind.GeneralPublicBudgetProjectExpenditure or TableKind.CommissionedServices or TableKind.PriorYearCarryOver => RowKind.Project,
        _ => RowKind.Total,
    };
}
