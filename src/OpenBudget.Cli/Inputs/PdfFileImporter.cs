using OpenBudget.Import;
using OpenBudget.Pdf;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Inputs;

/// <summary>Reads a published PDF through <see cref="PdfDisclosureImporter"/>, with the page of every diagnostic.</summary>
internal sealed class PdfFileImporter : IDisclosureFileImporter
{
    /// <summary>Gets the one instance.</summary>
    internal static PdfFileImporter Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc/>
    public string Format => "PDF";

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">The PDF cannot be read; the message names the reason (not a PDF, encrypted, no text layer, damaged, too large, too many pages, timed out).</exception>
    public ImportResult Import(Stream content, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return PdfDisclosureImporter.Import(content, importOptions: options);
        }
        catch (PdfImportException ex)
        {
            throw new InvalidDataException($"the PDF cannot be read ({ReasonName(ex.Reason)}): {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">The PDF cannot be read; the message names the reason.</exception>
    public (ImportResult Result, Func<ValidationReport, ValidationReport>? Locate) ImportLocated(Stream content, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            PdfImportResult imported = PdfDisclosureImporter.ImportWithPages(content, importOptions: options);
            return (imported.Result, imported.Pages.Locate);
        }
        catch (PdfImportException ex)
        {
            throw new InvalidDataException($"the PDF cannot be read ({ReasonName(ex.Reason)}): {ex.Message}", ex);
        }
    }

    private static string ReasonName(PdfImportFailureReason reason) => reason switch
    {
        PdfImportFailureReason.NotAPdf => "not a PDF",
        PdfImportFailureReason.Encrypted => "encrypted",
        PdfImportFailureReason.NoTextLayer => "no text layer: a scanned document",
        PdfImportFailureReason.Damaged => "damaged",
        PdfImportFailureReason.TooLarge => "too large",
        PdfImportFailureReason.TooManyPages => "too many pages",
        PdfImportFailureReason.TimedOut => "timed out",
        _ => reason.ToString(),
    };
}
