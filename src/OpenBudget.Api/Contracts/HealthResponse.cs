namespace OpenBudget.Api.Contracts;

/// <summary>Whether the service is up and what it serves.</summary>
/// <param name="Status">"ok" when the store answers.</param>
/// <param name="Disclosures">How many disclosures the store holds.</param>
/// <param name="Validator">"available" when reports are made, "unavailable" when the build has no validator.</param>
public sealed record HealthResponse(string Status, int Disclosures, string Validator);
