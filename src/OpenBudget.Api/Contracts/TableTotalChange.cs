namespace OpenBudget.Api.Contracts;

/// <summary>The total of one table kind in two years.</summary>
/// <param name="Table">The table kind, e.g. "expenditure".</param>
/// <param name="Column">The column the total is read from: "total" (合计), or "expenditure" for a table without one; on two-sided tables, the expenditure side's total row.</param>
/// <param name="Amounts">The total in each year and its change.</param>
public sealed record TableTotalChange(string Table, string Column, YearChange Amounts);
