namespace OpenBudget.Api.Contracts;

/// <summary>One thing the importer noticed while reading a posted text or PDF.</summary>
/// <param name="Severity">info, warning, error or fatal.</param>
/// <param name="Code">A stable code such as "unparseable-amount" (README.md lists them).</param>
/// <param name="Message">What was found, where and what was expected.</param>
/// <param name="Line">The 1-based input line (for a PDF, the line as the PDF's text is read), when the diagnostic is about one.</param>
/// <param name="Page">The 1-based page, when the diagnostic is about a line of a PDF or of text with form feeds.</param>
/// <param name="Pages">For a PDF, the pages a diagnostic about no single line concerns: those of the numbers not placed for "numbers-not-placed", every page for one about the whole document.</param>
public sealed record ImportDiagnosticEntry(string Severity, string Code, string Message, int? Line, int? Page, int[]? Pages = null);
