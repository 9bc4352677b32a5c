using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Api.Checking;

/// <summary>Checks a disclosure and gives its validation report; the one place the service reaches the validator.</summary>
public interface IDisclosureChecker
{
    /// <summary>Checks a disclosure.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The report: every place where the disclosure disagrees with itself, rounding told apart from errors.</returns>
    ValidationReport Check(BudgetDisclosure disclosure);
}
