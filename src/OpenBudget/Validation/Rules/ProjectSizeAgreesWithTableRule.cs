using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1420: each described project's size (预算安排规模) equals its amount in table 7 (summed where it appears under several codes).</summary>
internal sealed class ProjectSizeAgreesWithTableRule : ValidationRule
{
    public ProjectSizeAgreesWithTableRule()
        : base("OB1420", "A project's stated size equals table 7", "项目预算安排规模与表7一致", RuleCategory.Explanations, Severity.Error, [TableKind.GeneralPublicBudgetProjectExpenditure], needsAllTables: true)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
        => base.SkipReason(disclosure) ?? (disclosure.Explanations.Projects.IsEmpty ? Explained.Reason("project descriptions (项目支出情况说明)") : null);

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.GeneralPublicBudgetProjectExpenditure, out DisclosureTable t7, out int i7);
        var projects = context.Disclosure.Explanations.Projects;
        ProjectRows listed = context.Projects(t7, i7);
        for (int p = 0; p < projects.Count; p++)
        {
            ProjectDescription project = projects[p];
            if (project.Size.IsBlank)
            {
                continue;
            }

            string name = context.NameKey(project.Name);
            bool exact = false;
            for (int i = 0; i < listed.Count; i++)
            {
                if (string.Equals(name, listed.Key(i), StringComparison.Ordinal))
                {
                    context.Terms.Add(TableShape.Main(t7, i7, listed.Row(i)));
                    exact = true;
                }
            }

            if (!exact)
            {
                // A project spelled slightly differently (reported by OB1603) is still compared by amount.
                for (int i = 0; i < listed.Count; i++)
                {
                    if (NameText.Near(name, listed.Key(i)))
                    {
                        context.Terms.Add(TableShape.Main(t7, i7, listed.Row(i)));
                    }
                }
            }

            if (context.Terms.Count == 1)
            {
                // One project row: compared as a pair, which counts an equal one without adding anything up.
                FigureRef row = context.Terms[0];
                context.Terms.Clear();
                context.CheckEqual(FigureRef.ProjectSize(p, project.Size, project.Unit), row, "the project's amount in table 7", "表7该项目金额");
            }
            else if (context.Terms.Count > 0)
            {
                context.CheckSum(FigureRef.ProjectSize(p, project.Size, project.Unit), "the project's amount in table 7", "表7该项目金额");
            }
        }
    }
}
