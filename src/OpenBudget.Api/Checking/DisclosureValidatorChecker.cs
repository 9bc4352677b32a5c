using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Api.Checking;

/// <summary>Checks disclosures with the library's <see cref="DisclosureValidator"/> and its default options (rounding-aware, indicator weights adding up to 90).</summary>
internal sealed class DisclosureValidatorChecker : IDisclosureChecker
{
    private readonly DisclosureValidator _validator = new();

    public ValidationReport Check(BudgetDisclosure disclosure) => _validator.Validate(disclosure);
}
