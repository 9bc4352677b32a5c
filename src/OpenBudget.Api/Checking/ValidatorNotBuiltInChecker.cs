using OpenBudget.Disclosures;

namespace OpenBudget.Api.Checking;

/// <summary>The checker of a build without the validator: every check says that no report can be made, and the validation endpoints answer 503.</summary>
internal sealed class ValidatorNotBuiltInChecker : IDisclosureChecker
{
    internal const string Reason = "This server was built without the disclosure validator, so it cannot make validation reports yet. Disclosures are still stored and served as published.";

    public bool Available => false;

    public CheckOutcome Check(BudgetDisclosure disclosure) => CheckOutcome.Unavailable(Reason);
}
