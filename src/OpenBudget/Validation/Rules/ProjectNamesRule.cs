using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1603: a project carries one name everywhere (tables 7, 11, 12, the explanations, the performance tables); near-identical spellings are reported, never merged.</summary>
internal sealed class ProjectNamesRule : NameConsistencyRule
{
    public ProjectNamesRule()
        : base("OB1603", "A project is spelled the same everywhere", "同一项目名称各处一致", "project name", "项目名称")
    {
    }

    private protected override void Collect(ValidationContext context, List<NameOccurrence> occurrences)
    {
        BudgetDisclosure disclosure = context.Disclosure;
        var tables = disclosure.Tables;
        for (int t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Rows;
            ProjectRows listed = context.Projects(tables[t], t);
            for (int i = 0; i < listed.Count; i++)
            {
                TableRow row = rows[listed.Row(i)];
                occurrences.Add(new NameOccurrence(listed.Key(i), row.Project ?? row.Name, NameSite.TableProject, t, listed.Row(i)));
            }
        }

        var projects = disclosure.Explanations.Projects;
        for (int p = 0; p < projects.Count; p++)
        {
            occurrences.Add(new NameOccurrence(context.NameKey(projects[p].Name), projects[p].Name, NameSite.ProjectName, p, 0));
        }

        var groups = disclosure.Explanations.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Key is not (FigureGroupKeys.CommissionedServices or FigureGroupKeys.CarryOverItems or FigureGroupKeys.CarryOver))
            {
                continue;
            }

            for (int p = 0; p < groups[g].Parts.Count; p++)
            {
                StatedFigure part = groups[g].Parts[p];
                if (part.Key is null && part.Subject.Length > 0)
                {
                    occurrences.Add(new NameOccurrence(NameText.WithoutSuffix(context.NameKey(part.Subject)), part.Subject, NameSite.GroupSubject, g, p));
                }
            }
        }

        var performance = disclosure.Performance.Projects;
        for (int p = 0; p < performance.Count; p++)
        {
            if (performance[p].ProjectName is { Length: > 0 } name)
            {
                occurrences.Add(new NameOccurrence(context.NameKey(name), name, NameSite.PerformanceProjectName, p, 0));
            }
        }
    }
}
