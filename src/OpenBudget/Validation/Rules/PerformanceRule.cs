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

    /// <summary>Visits the department table (index -1) and the project tables.</summary>
    private protected static IEnumerable<(int Index, PerformanceTable Table)> TablesOf(BudgetDisclosure disclosure)
    {
        if (disclosure.Performance.Department is { } department)
        {
            yield return (-1, department);
        }

        var projects = disclosure.Performance.Projects;
        for (int i = 0; i < projects.Count; i++)
        {
            yield return (i, projects[i]);
        }
    }
}
