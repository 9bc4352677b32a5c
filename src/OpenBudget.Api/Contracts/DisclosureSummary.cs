using OpenBudget.Disclosures;

namespace OpenBudget.Api.Contracts;

/// <summary>What a listing says about one disclosure revision; the document itself is at <see cref="DisclosureLinks.Self"/>.</summary>
/// <param name="Id">The stable id: region code, fiscal year, phase and a short hash of the department.</param>
/// <param name="Department">The department (部门).</param>
/// <param name="Region">The administrative division.</param>
/// <param name="FiscalYear">The fiscal year (预算年度).</param>
/// <param name="Phase">Budget (部门预算) or final accounts (部门决算).</param>
/// <param name="Title">The title as published.</param>
/// <param name="Revision">The revision number, 1 for the first publication.</param>
/// <param name="CurrentRevision">The newest revision of the disclosure.</param>
/// <param name="StoredAt">When the revision was stored (UTC).</param>
/// <param name="Sha256">The SHA-256 of the stored document, lower-case hexadecimal.</param>
/// <param name="HasErrors">Whether the revision's validation report has errors; absent when it was stored without a report.</param>
/// <param name="Links">Where to find the document, its revisions and its report.</param>
/// <param name="Import">How the document was read, when it was posted as text or PDF; absent otherwise.</param>
public sealed record DisclosureSummary(
    string Id,
    string Department,
    RegionRef Region,
    int FiscalYear,
    DisclosurePhase Phase,
    string Title,
    int Revision,
    int CurrentRevision,
    DateTimeOffset StoredAt,
    string Sha256,
    bool? HasErrors,
    DisclosureLinks Links,
    ImportSummary? Import = null);
