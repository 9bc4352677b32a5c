using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared base of rules that read the performance target tables: skipped when the disclosure prints none.</summary>
internal abstract class PerformanceRule : ValidationRule
{
    private protected PerformanceRule(string id, string titleEn, string titleZh, Severity severity = Severity.Error)
        : base(id, titleEn, titleZh, RuleCategory.PerformanceTargets, severity, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Performance.Department is null && disclosure.Performance.Projects.IsEmpty
            ? "needs performance target tables (绩效目标表), which the disclosure does not print"
            : null;
    }

    /// <summary>Gets the index of the first performance table to visit: -1 for the department table when printed, else 0.</summary>
    private protected static int FirstTable(BudgetDisclosure disclosure) => disclosure.Performance.Department is null ? 0 : -1;

    /// <summary>Gets a performance table by index: -1 for the department table, else a project table.</summary>
    private protected static PerformanceTable TableAt(BudgetDisclosure disclosure, int index) => FigureRef.PerformanceTable(disclosure, index);
}
