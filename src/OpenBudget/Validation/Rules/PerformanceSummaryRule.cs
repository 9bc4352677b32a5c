using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1432: the performance overview (预算绩效情况) agrees with the tables: the department-wide amount with table 1's total and the department table's funding, the fiscal projects' amount with table 7's total.</summary>
internal sealed class PerformanceSummaryRule : ValidationRule
{
    public PerformanceSummaryRule()
        : base("OB1432", "The performance overview agrees with the tables", "预算绩效情况与各表一致", RuleCategory.Explanations, Severity.Error, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Explanations.Performance is null && disclosure.Performance.Department is null
            ? Explained.Reason("performance overview (预算绩效情况) or department performance table")
            : null;
    }

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        PerformanceSummary? summary = disclosure.Explanations.Performance;
        PerformanceTable? department = disclosure.Performance.Department;
        bool has1 = context.TryTable(TableKind.IncomeExpenditureSummary, out DisclosureTable t1, out int i1);
        int total1 = has1 ? context.Total(t1, TableSide.Income) : -1;
        if (summary is not null && !summary.DepartmentAmount.IsBlank)
        {
            FigureRef stated = FigureRef.Summary(FigureField.DepartmentAmount, summary.DepartmentAmount, summary.Unit);
            if (total1 >= 0)
            {
                context.CheckEqual(stated, TableShape.Main(t1, i1, total1), "the income total of table 1", "表1收入总计");
            }

            if (department is not null && !department.Funding.Total.IsBlank)
            {
                context.CheckEqual(stated, FigureRef.Funding(-1, FigureField.Total, 0, department.Funding.Total, department.Funding.Unit), "the department performance table's funding", "部门整体绩效目标表资金总额");
            }
        }
        else if (department is not null && !department.Funding.Total.IsBlank && total1 >= 0)
        {
            context.CheckEqual(FigureRef.Funding(-1, FigureField.Total, 0, department.Funding.Total, department.Funding.Unit), TableShape.Main(t1, i1, total1), "the income total of table 1", "表1收入总计");
        }

        if (summary is not null && !summary.FiscalProjectsAmount.IsBlank && context.TryTable(TableKind.GeneralPublicBudgetProjectExpenditure, out DisclosureTable t7, out int i7)
            && context.Total(t7, null) is int total7 and >= 0)
        {
            context.CheckEqual(FigureRef.Summary(FigureField.FiscalProjectsAmount, summary.FiscalProjectsAmount, summary.Unit), TableShape.Main(t7, i7, total7), "the total of table 7", "表7总计");
        }
    }
}
