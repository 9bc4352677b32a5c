using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1312: table 11's amounts equal the 委托业务费 the explanations state: per project in the commissioned services paragraph and in the project's allocation (资金分配情况), and in total.</summary>
internal sealed class CommissionedServicesAgreeWithExplanationsRule : ValidationRule
{
    private const string Commissioned = "委托业务费";

    public CommissionedServicesAgreeWithExplanationsRule()
        : base("OB1312", "Table 11 agrees with the commissioned services stated in the explanations", "表11与情况说明中的委托业务费一致", RuleCategory.AcrossTables, Severity.Error, [TableKind.CommissionedServices], needsAllTables: true)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
        => base.SkipReason(disclosure)
            ?? (Explained.Group(disclosure, FigureGroupKeys.CommissionedServices) < 0 && disclosure.Explanations.Projects.IsEmpty
                ? Explained.Reason("委托业务费 paragraph (commissionedServices) or project descriptions")
                : null);

    internal override void Check(ValidationContext context)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        context.TryTable(TableKind.CommissionedServices, out DisclosureTable t11, out int i11);
        int group = Explained.Group(disclosure, FigureGroupKeys.CommissionedServices);

        // The parts' subjects and the projects' names, folded once rather than once per row of table 11.
        List<string> partKeys = context.Scratch.PartKeys;
        List<string> projectKeys = context.Scratch.ProjectKeys;
        partKeys.Clear();
        projectKeys.Clear();
        if (group >= 0)
        {
            foreach (StatedFigure part in disclosure.Explanations.Groups[group].Parts)
            {
                partKeys.Add(context.NameKey(part.Subject));
            }
        }

        foreach (ProjectDescription project in disclosure.Explanations.Projects)
        {
            projectKeys.Add(context.NameKey(project.Name));
        }

        var rows = t11.Rows;
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (row.Kind == RowKind.Total)
            {
                if (group >= 0 && disclosure.Explanations.Groups[group].Total is not null)
                {
                    context.CheckEqual(TableShape.Main(t11, i11, r), Explained.Total(disclosure, group), "the total stated in the explanations", "情况说明所述委托业务费合计");
                }

                continue;
            }

            if (row.Kind != RowKind.Project)
            {
                continue;
            }

            string name = context.NameKey(row.Project ?? row.Name);
            if (group >= 0)
            {
                for (int p = 0; p < partKeys.Count; p++)
                {
                    if (NameText.Matches(name, partKeys[p]))
                    {
                        context.CheckEqual(TableShape.Main(t11, i11, r), Explained.Part(disclosure, group, p), "the 委托业务费 the explanations state for the project", "情况说明所述该项目委托业务费");
                        break;
                    }
                }
            }

            var projects = disclosure.Explanations.Projects;
            for (int p = 0; p < projects.Count; p++)
            {
                if (!NameText.Matches(name, projectKeys[p]))
                {
                    continue;
                }

                var allocation = projects[p].Allocation;
                for (int a = 0; a < allocation.Count; a++)
                {
                    if (allocation[a].Name.Contains(Commissioned, StringComparison.Ordinal))
                    {
                        context.CheckEqual(TableShape.Main(t11, i11, r), FigureRef.ProjectAllocation(p, a, allocation[a].Amount, allocation[a].Unit), "the 委托业务费 in the project's allocation", "项目资金分配中的委托业务费");
                    }
                }

                break;
            }
        }
    }
}
