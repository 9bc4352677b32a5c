namespace OpenBudget.Api.Contracts;

/// <summary>A number of a posted text or PDF that the import did not place in the disclosure.</summary>
/// <param name="Text">The number as printed, e.g. "60.13".</param>
/// <param name="Line">The 1-based input line.</param>
/// <param name="Page">The 1-based page, for a PDF or text with form feeds.</param>
/// <param name="Context">The text around the number on its line.</param>
public sealed record UnplacedNumberEntry(string Text, int Line, int? Page, string Context);
