namespace OpenBudget.Api.Contracts;

/// <summary>Whether the service is up and what it serves.</summary>
/// <param name="Status">"ok" when the store answers.</param>
/// <param name="Disclosures">How many disclosures the store holds.</param>
/// <param name="ValidationRules">How many rules the validator checks each disclosure against.</param>
public sealed record HealthResponse(string Status, int Disclosures, int ValidationRules);
