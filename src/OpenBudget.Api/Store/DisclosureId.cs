using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Store;

/// <summary>The stable, URL-safe id of a disclosure: region code, fiscal year, phase and a short hash of the department, e.g. "650100-2026-budget-3f9a1c0b7d2e".</summary>
/// <remarks>
/// Every revision of the same department's disclosure for the same year and phase shares one id. The department part is the
/// first 12 hexadecimal digits of the SHA-256 of the department name after <see cref="PrintedText.Normalize(string?)"/>, so the
/// same name however the extraction spaced it gives the same id.
/// </remarks>
public readonly record struct DisclosureId
{
    private const int HashDigits = 12;

    private DisclosureId(string value) => Value = value;

    /// <summary>Gets the id as it appears in URLs.</summary>
    public string Value { get; }

    /// <summary>Derives the id of a disclosure.</summary>
    /// <param name="regionCode">The six-digit administrative division code (行政区划代码).</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="phase">Budget or final accounts.</param>
    /// <param name="department">The department's name as published.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The region code is not six digits, or the department is empty.</exception>
    public static DisclosureId Of(string regionCode, int fiscalYear, DisclosurePhase phase, string department)
    {
        if (!IsRegionCode(regionCode))
        {
            throw new ArgumentException($"'{regionCode}' is not a six-digit administrative division code.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9999);
        string name = PrintedText.Normalize(department);
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(department));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        string digits = Convert.ToHexStringLower(hash)[..HashDigits];
        return new DisclosureId($"{regionCode}-{fiscalYear}-{PhaseSegment(phase)}-{digits}");
    }

    /// <summary>Reads an id from a URL segment.</summary>
    /// <param name="text">The segment.</param>
    /// <param name="id">The id, when the text is one.</param>
    /// <returns><see langword="true"/> when the text has the form of an id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DisclosureId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        // region(6) '-' year(4) '-' phase '-' hash(12); the phase may itself hold a hyphen ("final-accounts").
        const int Head = 6 + 1 + 4 + 1;
        if (text.Length <= Head + 1 + HashDigits || text[6] != '-' || text[11] != '-' || text[^(HashDigits + 1)] != '-')
        {
            return false;
        }

        string region = text[..6];
        string year = text[7..11];
        string phase = text[Head..^(HashDigits + 1)];
        string hash = text[^HashDigits..];
        if (!IsRegionCode(region) || !year.All(char.IsAsciiDigit) || !TryParsePhase(phase, out DisclosurePhase parsed)
            || PhaseSegment(parsed) != phase || !hash.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        id = new DisclosureId(text);
        return true;
    }

    /// <summary>Gets the URL segment of a phase: "budget" or "final-accounts".</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The segment.</returns>
    public static string PhaseSegment(DisclosurePhase phase) => phase switch
    {
        DisclosurePhase.Budget => "budget",
        DisclosurePhase.FinalAccounts => "final-accounts",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };

    /// <summary>Reads a phase as the API spells it: "budget", or "final-accounts" (also "finalAccounts").</summary>
    /// <param name="text">The text.</param>
    /// <param name="phase">The phase.</param>
    /// <returns><see langword="true"/> when the text names a phase.</returns>
    public static bool TryParsePhase(string? text, out DisclosurePhase phase)
    {
        switch (text)
        {
            case "budget":
                phase = DisclosurePhase.Budget;
                return true;
            case "final-accounts" or "finalAccounts":
                phase = DisclosurePhase.FinalAccounts;
                return true;
            default:
                phase = default;
                return false;
        }
    }

    /// <summary>Tells whether a text is a six-digit administrative division code.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsRegionCode([NotNullWhen(true)] string? text) => text is { Length: 6 } && text.All(char.IsAsciiDigit);

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}
