namespace OpenBudget.Cli.Commands;

/// <summary>The manifest <c>openbudget generate</c> writes beside a corpus (<c>_manifest.json</c>): how it was made, and every error injected into it.</summary>
internal sealed record CorpusManifest
{
    /// <summary>The manifest's file name; the leading "_" keeps folder runs from taking it for a disclosure.</summary>
    internal const string FileName = "_manifest.json";

    /// <summary>Gets the seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets the number of departments.</summary>
    public required int Departments { get; init; }

    /// <summary>Gets the number of fiscal years.</summary>
    public required int Years { get; init; }

    /// <summary>Gets the first fiscal year.</summary>
    public required int StartYear { get; init; }

    /// <summary>Gets the number of disclosure files written.</summary>
    public required int Disclosures { get; init; }

    /// <summary>Gets the functional classes (类) the departments were drawn across, in order: department i takes class i mod their count.</summary>
    public required IReadOnlyList<string> FunctionalClasses { get; init; }

    /// <summary>Gets the injected errors, in file order.</summary>
    public required IReadOnlyList<InjectedErrorEntry> InjectedErrors { get; init; }
}

/// <summary>One injected error: the file, the changed cell, and the error findings the validator is expected to report for it.</summary>
/// <param name="File">The disclosure file, relative to the corpus folder, e.g. "2026/na-2026-budget-0d1f2e3a4b5c.json".</param>
/// <param name="DisclosureId">The disclosure's id.</param>
/// <param name="Pointer">The JSON Pointer of the changed cell.</param>
/// <param name="Original">The amount printed before.</param>
/// <param name="Changed">The amount printed now.</param>
/// <param name="Expected">The error findings (rule id and pointer) the change causes; each one's pointer or terms name the changed cell.</param>
internal sealed record InjectedErrorEntry(string File, string DisclosureId, string Pointer, decimal Original, decimal Changed, IReadOnlyList<ExpectedFinding> Expected);

/// <summary>An error finding the validator is expected to report.</summary>
/// <param name="RuleId">The rule, e.g. "OB1001".</param>
/// <param name="Pointer">Where the finding points.</param>
internal sealed record ExpectedFinding(string RuleId, string Pointer);
