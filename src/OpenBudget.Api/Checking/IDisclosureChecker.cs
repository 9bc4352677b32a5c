using OpenBudget.Disclosures;

namespace OpenBudget.Api.Checking;

/// <summary>Checks a disclosure and gives its validation report; the one place the service reaches the validator.</summary>
public interface IDisclosureChecker
{
    /// <summary>Gets a value indicating whether the checker makes reports (false in a build without the validator).</summary>
    bool Available { get; }

    /// <summary>Checks a disclosure.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The report, or why no report can be made.</returns>
    CheckOutcome Check(BudgetDisclosure disclosure);
}
