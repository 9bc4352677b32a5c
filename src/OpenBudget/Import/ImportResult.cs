using System.Diagnostics.CodeAnalysis;
using OpenBudget.Disclosures;

namespace OpenBudget.Import;

/// <summary>The outcome of importing a disclosure's text: the disclosure, what the importer noticed, and how many of the input's numbers it placed.</summary>
public sealed record ImportResult
{
    /// <summary>Gets the disclosure read from the text; <see langword="null"/> only when the input is not a readable disclosure (see <see cref="IsReadable"/>).</summary>
    public BudgetDisclosure? Disclosure { get; init; }

    /// <summary>Gets the diagnostics in input order.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Gets the coverage figure.</summary>
    public ImportCoverage Coverage { get; init; } = new();

    /// <summary>Gets a value indicating whether a disclosure was read (possibly partially).</summary>
    [MemberNotNullWhen(true, nameof(Disclosure))]
    public bool IsReadable => Disclosure is not null;

    /// <summary>Gets a value indicating whether the import is complete: a disclosure was read and no diagnostic is an error.</summary>
    [MemberNotNullWhen(true, nameof(Disclosure))]
    public bool IsComplete => Disclosure is not null && !Diagnostics.Any(d => d.Severity >= ImportSeverity.Error);
}
