namespace OpenBudget.Api.Contracts;

/// <summary>Where to find a disclosure revision and what belongs to it.</summary>
/// <param name="Self">This revision's document.</param>
/// <param name="Current">The disclosure's current revision.</param>
/// <param name="Revisions">Every revision of the disclosure.</param>
/// <param name="Validation">This revision's validation report.</param>
public sealed record DisclosureLinks(string Self, string Current, string Revisions, string Validation);
