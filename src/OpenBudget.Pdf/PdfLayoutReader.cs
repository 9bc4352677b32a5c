using System.Collections.Immutable;
using System.Diagnostics;
using OpenBudget.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using PdfLine = OpenBudget.Pdf.Layout.PdfLine;
using UglyToad.PdfPig.Exceptions;

namespace OpenBudget.Pdf;

/// <summary>Reads the text of a PDF as lines and cells with their positions, within limits that make it safe for files from anyone.</summary>
/// <remarks>
/// <para>Every failure is a <see cref="PdfImportException"/> whose <see cref="PdfImportException.Reason"/> says why: not a PDF,
/// encrypted, damaged, without a text layer (scanned), larger than <see cref="PdfImportOptions.MaxBytes"/>, longer than
/// <see cref="PdfImportOptions.MaxPages"/>, or slower than <see cref="PdfImportOptions.Timeout"/>.</para>
/// <para>Text outside the page's visible area is dropped, as text extraction tools drop it.</para>
/// </remarks>
public static class PdfLayoutReader
{
    private const int HeaderWindow = 1024;
    private const int TrailerWindow = 2048;

    /// <summary>Tells whether bytes start like a PDF: <c>%PDF-</c> within the first kilobyte.</summary>
    /// <param name="head">The first bytes of a file (a kilobyte is enough).</param>
    /// <returns><see langword="true"/> when the PDF header is there.</returns>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head)
        => head[..Math.Min(head.Length, HeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>Reads a PDF file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The lines and cells of every page.</returns>
    /// <exception cref="PdfImportException">The file cannot be read as a PDF with text; the reason says why.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PdfTextLayout ReadFile(string path, PdfImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, options, cancellationToken);
    }

    /// <summary>Reads a PDF from a stream, taking at most <see cref="PdfImportOptions.MaxBytes"/> from it.</summary>
    /// <param name="stream">The PDF.</param>
    /// <param name="options">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The lines and cells of every page.</returns>
    /// <exception cref="PdfImportException">The stream does not hold a PDF with text; the reason says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PdfTextLayout Read(Stream stream, PdfImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PdfImportOptions.Default;
        options.Validate();
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
        {
            throw TooLarge(stream.Length - stream.Position, options.MaxBytes);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge(buffer.Length + read, options.MaxBytes);
            }

            buffer.Write(chunk, 0, read);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options, cancellationToken);
    }

    /// <summary>Reads a PDF held in memory.</summary>
    /// <param name="pdf">The bytes of the PDF.</param>
    /// <param name="options">The limits; <see cref="PdfImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops reading between pages.</param>
    /// <returns>The lines and cells of every page.</returns>
    /// <exception cref="PdfImportException">The bytes are not a PDF with text; the reason says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PdfTextLayout Read(ReadOnlyMemory<byte> pdf, PdfImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PdfImportOptions.Default;
        options.Validate();
        var clock = Stopwatch.StartNew();
        ReadOnlySpan<byte> bytes = pdf.Span;
        if (bytes.Length > options.MaxBytes)
        {
            throw TooLarge(bytes.Length, options.MaxBytes);
        }

        if (!LooksLikePdf(bytes))
        {
            throw new PdfImportException(
                PdfImportFailureReason.NotAPdf,
                bytes.Length == 0
                    ? "The file is empty: a PDF starts with the header %PDF-."
                    : "The file is not a PDF: its first kilobyte has no %PDF- header. Is it another format with a .pdf name?");
        }

        if (bytes[Math.Max(0, bytes.Length - TrailerWindow)..].IndexOf("%%EOF"u8) < 0)
        {
            throw new PdfImportException(
                PdfImportFailureReason.Damaged,
                FormattableString.Invariant($"The PDF is damaged: its last {TrailerWindow} bytes have no %%EOF end marker, so the file was cut short ({bytes.Length:N0} bytes)."));
        }

        using PdfDocument document = Open(pdf, options);
        int pageCount = document.NumberOfPages;
        if (pageCount < 1)
        {
            throw new PdfImportException(PdfImportFailureReason.Damaged, "The PDF is damaged: it has no pages.");
        }

        if (pageCount > options.MaxPages)
        {
            throw new PdfImportException(
                PdfImportFailureReason.TooManyPages,
                FormattableString.Invariant($"The PDF has {pageCount} pages; at most {options.MaxPages} are read (PdfImportOptions.MaxPages)."));
        }

        ImmutableArray<PdfLine>.Builder lines = ImmutableArray.CreateBuilder<PdfLine>();
        int glyphs = 0;
        for (int number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.Timeout != Timeout.InfiniteTimeSpan && clock.Elapsed >= options.Timeout)
            {
                throw new PdfImportException(
                    PdfImportFailureReason.TimedOut,
                    FormattableString.Invariant($"Reading the PDF took longer than {options.Timeout.TotalSeconds:0.###} s (PdfImportOptions.Timeout); it stopped before page {number} of {pageCount}."),
                    number);
            }

            Page page = GetPage(document, number);
            glyphs += page.Letters.Count;
            List<PdfWord> words = GlyphWords.FromLetters(page.Letters, page.CropBox.Bounds, options.Layout);
            foreach (PdfLine line in PdfLineAssembler.Assemble(number, words, options.Layout))
            {
                lines.Add(line);
            }
        }

        if (lines.Count == 0)
        {
            throw new PdfImportException(
                PdfImportFailureReason.NoTextLayer,
                glyphs == 0
                    ? FormattableString.Invariant($"The PDF has no text layer on any of its {pageCount} pages: it was scanned or printed as images. Run OCR on it first, or import the text another way.")
                    : FormattableString.Invariant($"The PDF's {pageCount} pages hold no horizontal text that can be read."));
        }

        return new PdfTextLayout(pageCount, new(lines.ToImmutable()));
    }

    private static PdfDocument Open(ReadOnlyMemory<byte> pdf, PdfImportOptions options)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
        };
        if (options.Password is not null)
        {
            parsing.Password = options.Password;
        }

        try
        {
            return PdfDocument.Open(pdf, parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PdfImportException(
                PdfImportFailureReason.Encrypted,
                options.Password is null
                    ? "The PDF is encrypted with a password; give it in PdfImportOptions.Password, or ask the publisher for an unprotected copy."
                    : "The PDF is encrypted and the password given does not open it.",
                null,
                e);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            throw new PdfImportException(PdfImportFailureReason.Damaged, $"The PDF is damaged: its structure cannot be parsed ({e.Message}).", null, e);
        }
    }

    private static Page GetPage(PdfDocument document, int number)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PdfImportException(PdfImportFailureReason.Encrypted, FormattableString.Invariant($"Page {number} of the PDF is encrypted and cannot be read."), number, e);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            throw new PdfImportException(
                PdfImportFailureReason.Damaged,
                FormattableString.Invariant($"The PDF is damaged: page {number} cannot be read ({e.Message})."),
                number,
                e);
        }
    }

    /// <summary>Tells the errors a malformed file makes PdfPig throw from programming errors that should surface as they are.</summary>
    private static bool IsParseFailure(Exception e)
        => e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException
            or InvalidCastException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException
            or OverflowException or NotSupportedException or EndOfStreamException or IOException;

    private static PdfImportException TooLarge(long size, long limit)
        => new(
            PdfImportFailureReason.TooLarge,
            FormattableString.Invariant($"The PDF is {size:N0} bytes or more; at most {limit:N0} are read (PdfImportOptions.MaxBytes)."));
}
