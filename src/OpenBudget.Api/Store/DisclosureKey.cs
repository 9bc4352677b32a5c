using OpenBudget.Disclosures;

namespace OpenBudget.Api.Store;

/// <summary>What identifies a disclosure across revisions: region, fiscal year, phase and department, and the id derived from them.</summary>
/// <param name="Id">The id derived from the other fields.</param>
/// <param name="RegionCode">The six-digit administrative division code.</param>
/// <param name="RegionName">The division's name.</param>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="Phase">Budget or final accounts.</param>
/// <param name="Department">The department (部门).</param>
public sealed record DisclosureKey(DisclosureId Id, string RegionCode, string RegionName, int FiscalYear, DisclosurePhase Phase, string Department)
{
    /// <summary>Derives the key of a disclosure.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="key">The key, when the disclosure names its region, year and department.</param>
    /// <param name="problem">What is missing, when it does not.</param>
    /// <returns><see langword="true"/> when the key could be derived.</returns>
    public static bool TryFrom(BudgetDisclosure disclosure, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisclosureKey? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out KeyProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        key = null;
        if (disclosure.Region is null)
        {
            problem = new KeyProblem("/region", "The disclosure names no region; region.code (the six-digit administrative division code) identifies it.");
            return false;
        }

        if (!DisclosureId.IsRegionCode(disclosure.Region.Code))
        {
            problem = new KeyProblem("/region/code", $"'{disclosure.Region.Code}' is not a six-digit administrative division code (行政区划代码).");
            return false;
        }

        if (disclosure.FiscalYear is < 1000 or > 9999)
        {
            problem = new KeyProblem("/fiscalYear", $"{disclosure.FiscalYear} is not a four-digit fiscal year.");
            return false;
        }

        if (string.IsNullOrWhiteSpace(disclosure.Department))
        {
            problem = new KeyProblem("/department", "The disclosure names no department; the department identifies it.");
            return false;
        }

        if (!Enum.IsDefined(disclosure.Phase))
        {
            problem = new KeyProblem("/phase", $"{disclosure.Phase} is not a phase.");
            return false;
        }

        string department = PrintedText.Normalize(disclosure.Department);
        DisclosureId id = DisclosureId.Of(disclosure.Region.Code, disclosure.FiscalYear, disclosure.Phase, department);
        key = new DisclosureKey(id, disclosure.Region.Code, disclosure.Region.Name, disclosure.FiscalYear, disclosure.Phase, department);
        problem = null;
        return true;
    }
}
