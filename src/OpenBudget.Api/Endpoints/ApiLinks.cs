using System.Globalization;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Store;

namespace OpenBudget.Api.Endpoints;

/// <summary>The URLs of the API's resources, relative to the host.</summary>
internal static class ApiLinks
{
    internal const string Version = "/v1";

    internal static string Disclosure(DisclosureId id) => $"{Version}/disclosures/{id.Value}";

    internal static string Revisions(DisclosureId id) => $"{Disclosure(id)}/revisions";

    internal static string Revision(DisclosureId id, int revision) => $"{Revisions(id)}/{revision.ToString(CultureInfo.InvariantCulture)}";

    internal static string Validation(DisclosureId id, int revision) => $"{Revision(id, revision)}/validation";

    internal static DisclosureSummary Summary(RevisionInfo info) => new(
        info.Id.Value,
        info.Department,
        new RegionRef(info.RegionCode, info.RegionName),
        info.FiscalYear,
        info.Phase,
        info.Title,
        info.Revision,
        info.CurrentRevision,
        info.StoredAt,
        info.Sha256,
        info.HasErrors,
        new DisclosureLinks(Revision(info.Id, info.Revision), Disclosure(info.Id), Revisions(info.Id), Validation(info.Id, info.Revision)));

    /// <summary>The headers that tie a served revision to the rest of its disclosure.</summary>
    internal static KeyValuePair<string, string>[] RevisionHeaders(RevisionInfo info) =>
    [
        new("Content-Location", Revision(info.Id, info.Revision)),
        new("Link", $"<{Revisions(info.Id)}>; rel=\"version-history\", <{Validation(info.Id, info.Revision)}>; rel=\"describedby\"; title=\"validation report\""),
    ];
}
