using OpenBudget.Import;

namespace OpenBudget.Pdf;

/// <summary>The outcome of importing a PDF: the import result (disclosure, diagnostics with pages, coverage), the PDF's page count and a map from places in the disclosure to pages.</summary>
/// <param name="Result">The import result.</param>
/// <param name="PageCount">The number of pages of the PDF.</param>
/// <param name="Pages">Where each table, row, explanation and performance table of the disclosure is printed; use it with a finding's <see cref="Validation.FindingLocation.JsonPointer"/>.</param>
public sealed record PdfImportResult(ImportResult Result, int PageCount, PdfPageMap Pages);
