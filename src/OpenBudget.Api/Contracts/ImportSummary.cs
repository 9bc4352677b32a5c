namespace OpenBudget.Api.Contracts;

/// <summary>How a disclosure posted as text or PDF was read: the format, the PDF's page count, the coverage figure and every diagnostic.</summary>
/// <param name="Format">"text" for text/plain, "pdf" for application/pdf.</param>
/// <param name="PageCount">The number of pages of the PDF; absent for text.</param>
/// <param name="Complete">Whether a disclosure was read and no diagnostic is an error.</param>
/// <param name="Coverage">How many of the input's numbers were placed in the disclosure.</param>
/// <param name="Diagnostics">What the importer noticed, in input order; for a PDF, each diagnostic about a line names its page.</param>
public sealed record ImportSummary(string Format, int? PageCount, bool Complete, ImportCoverageSummary Coverage, ImportDiagnosticEntry[] Diagnostics);
