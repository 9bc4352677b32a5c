using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenBudget.Disclosures;

/// <summary>Stable ids for disclosures (公开文件标识), the same in exports, the API and the command-line tool.</summary>
/// <remarks>
/// An id is <c>&lt;region&gt;-&lt;year&gt;-&lt;phase&gt;-&lt;hash&gt;</c>: the six-digit region code (行政区划代码) or "na" when
/// the region is unknown, the fiscal year, "budget" (部门预算) or "final" (部门决算), and the first 12 lower-case hexadecimal
/// digits of the SHA-256 of the department's name normalised by <see cref="PrintedText.Normalize(string?)"/> and encoded as
/// UTF-8. For example "650100-2026-budget-1f0c…". The id depends only on these four facts, so re-importing a disclosure or
/// extracting it with different spacing gives the same id.
/// </remarks>
public static class DisclosureIds
{
    /// <summary>The region part of an id when the disclosure names no region.</summary>
    public const string NoRegion = "na";

    /// <summary>How many hexadecimal digits of the department's hash an id keeps.</summary>
    public const int HashDigits = 12;

    /// <summary>Gets the stable id of a disclosure.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The id, e.g. "650100-2026-budget-1f0c2a9b7d3e".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The disclosure names no department, or its region code is not letters and digits.</exception>
    public static string For(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return For(disclosure.Region?.Code, disclosure.FiscalYear, disclosure.Phase, disclosure.Department);
    }

    /// <summary>Gets the stable id of a disclosure from the four facts it depends on.</summary>
    /// <param name="regionCode">The region code (行政区划代码), or <see langword="null"/> or empty when unknown.</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="phase">Budget or final accounts.</param>
    /// <param name="department">The department's name as printed; it is normalised before hashing.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="department"/> is empty after normalisation, or <paramref name="regionCode"/> holds characters other than ASCII letters and digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is not between 1 and 9999, or <paramref name="phase"/> is not defined.</exception>
    public static string For(string? regionCode, int fiscalYear, DisclosurePhase phase, string department)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9999);
        string normalized = PrintedText.Normalize(department);
        if (normalized.Length == 0)
        {
            throw new ArgumentException("A disclosure id needs the department's name, found an empty one.", nameof(department));
        }

        string region = string.IsNullOrWhiteSpace(regionCode) ? NoRegion : regionCode.Trim();
        foreach (char c in region)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                throw new ArgumentException($"A region code is ASCII letters and digits (e.g. \"650100\"), found \"{regionCode}\".", nameof(regionCode));
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{region.ToLowerInvariant()}-{fiscalYear}-{PhaseToken(phase)}-{Hash(normalized)}");
    }

    /// <summary>Gets the token an id uses for a phase: "budget" or "final".</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not defined.</exception>
    public static string PhaseToken(DisclosurePhase phase) => phase switch
    {
        DisclosurePhase.Budget => "budget",
        DisclosurePhase.FinalAccounts => "final",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a disclosure phase: expected Budget or FinalAccounts."),
    };

    private static string Hash(string normalizedDepartment)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedDepartment), digest);
        return Convert.ToHexStringLower(digest[..(HashDigits / 2)]);
    }
}
