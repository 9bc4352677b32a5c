using System.Security.Cryptography;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf;

/// <summary>Imports a disclosure from its published PDF: the PDF's words become lines and cells, which the same reader as the text import reads.</summary>
/// <remarks>
/// A PDF that cannot be read at all (not a PDF, encrypted, scanned, damaged, over a limit) throws
/// <see cref="PdfImportException"/>; a readable PDF whose disclosure has problems gives diagnostics, each with its page.
/// </remarks>
public static class PdfDisclosureImporter
{
    /// <summary>Imports a disclosure from a PDF file: the one call a command-line tool needs, returning the same <see cref="ImportResult"/> as <see cref="DisclosureImporter"/>.</summary>
    /// <param name="path">The PDF file.</param>
    /// <param name="pdfOptions">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="importOptions">The import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The result: the disclosure, the diagnostics (with pages) and the coverage figure.</returns>
    /// <exception cref="PdfImportException">The file cannot be read as a PDF with text; the reason says why.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ImportResult ImportFile(string path, PdfImportOptions? pdfOptions = null, ImportOptions? importOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream stream = File.OpenRead(path);
        return Import(stream, pdfOptions, importOptions, cancellationToken);
    }

    /// <summary>Imports a disclosure from a PDF stream, taking at most <see cref="PdfImportOptions.MaxBytes"/> from it.</summary>
    /// <param name="stream">The PDF.</param>
    /// <param name="pdfOptions">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="importOptions">The import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="PdfImportException">The stream does not hold a PDF with text; the reason says why.</exception>
    public static ImportResult Import(Stream stream, PdfImportOptions? pdfOptions = null, ImportOptions? importOptions = null, CancellationToken cancellationToken = default)
        => ImportWithPages(stream, pdfOptions, importOptions, cancellationToken).Result;

    /// <summary>Imports a disclosure from a stream holding a PDF, read into memory up to <see cref="PdfImportOptions.MaxBytes"/>, with the page count and the page each part of the disclosure is printed on.</summary>
    /// <param name="stream">The PDF, read from its current position.</param>
    /// <param name="pdfOptions">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="importOptions">The import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The result, the page count and the page map (empty when no disclosure was read).</returns>
    /// <exception cref="PdfImportException">The stream does not hold a PDF with text; the reason says why.</exception>
    public static PdfImportResult ImportWithPages(Stream stream, PdfImportOptions? pdfOptions = null, ImportOptions? importOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        pdfOptions ??= PdfImportOptions.Default;
        pdfOptions.Validate();
        if (stream.CanSeek && stream.Length - stream.Position > pdfOptions.MaxBytes)
        {
            throw new PdfImportException(
                PdfImportFailureReason.TooLarge,
                FormattableString.Invariant($"The PDF is {stream.Length - stream.Position:N0} bytes; at most {pdfOptions.MaxBytes:N0} are read (PdfImportOptions.MaxBytes)."));
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > pdfOptions.MaxBytes)
            {
                throw new PdfImportException(
                    PdfImportFailureReason.TooLarge,
                    FormattableString.Invariant($"The PDF is {buffer.Length + read:N0} bytes or more; at most {pdfOptions.MaxBytes:N0} are read (PdfImportOptions.MaxBytes)."));
            }

            buffer.Write(chunk, 0, read);
        }

        return ImportWithPages(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), pdfOptions, importOptions, cancellationToken);
    }

    /// <summary>Imports a disclosure from a PDF held in memory.</summary>
    /// <param name="pdf">The bytes of the PDF.</param>
    /// <param name="pdfOptions">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="importOptions">The import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>. Without a source, the disclosure's source is the PDF: format "pdf" and its SHA-256.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="PdfImportException">The bytes are not a PDF with text; the reason says why.</exception>
    public static ImportResult Import(ReadOnlyMemory<byte> pdf, PdfImportOptions? pdfOptions = null, ImportOptions? importOptions = null, CancellationToken cancellationToken = default)
        => ImportWithPages(pdf, pdfOptions, importOptions, cancellationToken).Result;

    /// <summary>Imports a disclosure from a PDF held in memory, with a map from places in the disclosure to the pages they are printed on.</summary>
    /// <param name="pdf">The bytes of the PDF.</param>
    /// <param name="pdfOptions">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="importOptions">The import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The result, the page count and the page map (empty when no disclosure was read).</returns>
    /// <exception cref="PdfImportException">The bytes are not a PDF with text; the reason says why.</exception>
    public static PdfImportResult ImportWithPages(ReadOnlyMemory<byte> pdf, PdfImportOptions? pdfOptions = null, ImportOptions? importOptions = null, CancellationToken cancellationToken = default)
    {
        PdfTextLayout layout = PdfLayoutReader.Read(pdf, pdfOptions, cancellationToken);
        importOptions ??= ImportOptions.Default;
        IReadOnlyList<PrintedLine> lines = PdfPrintedLines.From(layout);
        ImportResult result = DisclosureImporter.Import(lines, importOptions);
        if (result.Disclosure is not BudgetDisclosure disclosure)
        {
            return new PdfImportResult(result, layout.PageCount, PdfPageMap.Build(new BudgetDisclosure(), []));
        }

        if (importOptions.Source is null)
        {
            string sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf.Span));
            disclosure = disclosure with { Source = new SourceDocument(disclosure.Title, null, "pdf", sha256) };
            result = result with { Disclosure = disclosure };
        }

        return new PdfImportResult(result, layout.PageCount, PdfPageMap.Build(disclosure, lines));
    }
}
