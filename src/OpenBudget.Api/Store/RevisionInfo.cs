using OpenBudget.Disclosures;

namespace OpenBudget.Api.Store;

/// <summary>One stored revision of a disclosure, without its document: what lists and headers need.</summary>
/// <param name="Id">The disclosure's id.</param>
/// <param name="Revision">The revision number, 1 for the first publication.</param>
/// <param name="CurrentRevision">The newest revision of the same id when this was read.</param>
/// <param name="RegionCode">The six-digit administrative division code.</param>
/// <param name="RegionName">The division's name.</param>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="Phase">Budget or final accounts.</param>
/// <param name="Department">The department.</param>
/// <param name="Title">The title as published.</param>
/// <param name="StoredAt">When the revision was stored (UTC).</param>
/// <param name="Sha256">The SHA-256 of the stored document, lower-case hexadecimal.</param>
/// <param name="HasErrors">Whether its validation report has errors; <see langword="null"/> when it was stored without a report.</param>
public sealed record RevisionInfo(
    DisclosureId Id,
    int Revision,
    int CurrentRevision,
    string RegionCode,
    string RegionName,
    int FiscalYear,
    DisclosurePhase Phase,
    string Department,
    string Title,
    DateTimeOffset StoredAt,
    string Sha256,
    bool? HasErrors);
