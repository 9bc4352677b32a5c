using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared base of rules that read only the explanations: skipped when the disclosure states no figures.</summary>
internal abstract class ExplanationsRule : ValidationRule
{
    private protected ExplanationsRule(string id, string titleEn, string titleZh)
        : base(id, titleEn, titleZh, RuleCategory.Explanations, Severity.Error, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Explanations.Groups.IsEmpty ? Explained.Reason("stated figures (情况说明)") : null;
    }
}
