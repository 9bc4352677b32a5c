using OpenBudget.Disclosures;

namespace OpenBudget.Api.Contracts;

/// <summary>One department's disclosures in two fiscal years side by side: the total of each table kind and each functional class and section, with change and rate.</summary>
/// <param name="Department">The department (部门).</param>
/// <param name="Region">Its administrative division.</param>
/// <param name="Phase">Budget or final accounts.</param>
/// <param name="From">The earlier year.</param>
/// <param name="To">The later year.</param>
/// <param name="Unit">The unit of every amount: "tenThousandYuan" (万元); tables printed in 元 or 亿元 are converted exactly.</param>
/// <param name="FromDisclosure">The current revision compared for the earlier year; absent when the store has none.</param>
/// <param name="ToDisclosure">The current revision compared for the later year; absent when the store has none.</param>
/// <param name="Tables">The total of each table kind either year prints.</param>
/// <param name="FunctionalTable">The table kind the functional classes and sections are read from.</param>
/// <param name="Functional">Each functional class and section either year prints in that table, ordered by code.</param>
public sealed record CompareResponse(
    string Department,
    RegionRef Region,
    DisclosurePhase Phase,
    int From,
    int To,
    string Unit,
    DisclosureSummary? FromDisclosure,
    DisclosureSummary? ToDisclosure,
    IReadOnlyList<TableTotalChange> Tables,
    string FunctionalTable,
    IReadOnlyList<FunctionalChange> Functional);
