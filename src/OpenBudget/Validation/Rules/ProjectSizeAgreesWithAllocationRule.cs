using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1421: each described project's size (预算安排规模) equals the sum of its stated allocation (资金分配情况).</summary>
internal sealed class ProjectSizeAgreesWithAllocationRule : ValidationRule
{
    public ProjectSizeAgreesWithAllocationRule()
        : base("OB1421", "A project's stated size equals the sum of its allocation", "项目预算安排规模等于资金分配之和", RuleCategory.Explanations, Severity.Error, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Explanations.Projects.IsEmpty ? Explained.Reason("project descriptions (项目支出情况说明)") : null;
    }

    internal override void Check(ValidationContext context)
    {
        var projects = context.Disclosure.Explanations.Projects;
        for (int p = 0; p < projects.Count; p++)
        {
            ProjectDescription project = projects[p];
            if (project.Size.IsBlank || project.Allocation.IsEmpty)
            {
                continue;
            }

            bool oneUnit = true;
            decimal sum = 0m;
            foreach (NamedAmount line in project.Allocation)
            {
                oneUnit &= line.Unit == project.Unit;
                sum += line.Amount.ValueOrZero;
            }

            if (oneUnit && context.Holds(project.Size.ValueOrZero, sum))
            {
                // All printed in the project's unit: an allocation that adds up is counted without building its terms.
                continue;
            }

            for (int a = 0; a < project.Allocation.Count; a++)
            {
                context.Terms.Add(FigureRef.ProjectAllocation(p, a, project.Allocation[a].Amount, project.Allocation[a].Unit));
            }

            context.CheckSum(FigureRef.ProjectSize(p, project.Size, project.Unit), "the sum of the stated allocation", "资金分配之和");
        }
    }
}
