using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1604: a budget unit carries one name everywhere (the unit list, tables 7, 11, 12, the project descriptions, the performance tables); near-identical spellings are reported, never merged.</summary>
internal sealed class UnitNamesRule : NameConsistencyRule
{
    public UnitNamesRule()
        : base("OB1604", "A budget unit is spelled the same everywhere", "同一预算单位名称各处一致", "unit name", "单位名称")
    {
    }

    private protected override void Collect(ValidationContext context, List<NameOccurrence> occurrences)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var units = disclosure.Overview.Units;
        for (int u = 0; u < units.Count; u++)
        {
            Add(context, occurrences, units[u].Name, NameSite.OverviewUnit, u, 0);
        }

        var tables = disclosure.Tables;
        for (int t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                if (rows[r].Kind == RowKind.Unit)
                {
                    Add(context, occurrences, rows[r].Name, NameSite.TableUnit, t, r);
                }
            }
        }

        var projects = disclosure.Explanations.Projects;
        for (int p = 0; p < projects.Count; p++)
        {
            if (projects[p].ImplementingUnit is { Length: > 0 } unit)
            {
                Add(context, occurrences, unit, NameSite.ImplementingUnit, p, 0);
            }
        }

        if (disclosure.Performance.Department?.BudgetUnit is { Length: > 0 } department)
        {
            Add(context, occurrences, department, NameSite.PerformanceDepartmentUnit, 0, 0);
        }

        var performance = disclosure.Performance.Projects;
        for (int p = 0; p < performance.Count; p++)
        {
            if (performance[p].BudgetUnit is { Length: > 0 } unit)
            {
                Add(context, occurrences, unit, NameSite.PerformanceProjectUnit, p, 0);
            }
        }
    }

    private static void Add(ValidationContext context, List<NameOccurrence> occurrences, string printed, NameSite site, int a, int b)
        => occurrences.Add(new NameOccurrence(NameText.UnitName(context.NameKey(printed)), printed, site, a, b));
}
