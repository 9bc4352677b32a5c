using OpenBudget.Import.Reading;

namespace OpenBudget.Import;

/// <summary>Imports a disclosure from its published text (PDF-to-text extraction, tab-separated or laid out with spaces): tables by their titles and headers, prose by its headings, every number either placed in the model or listed.</summary>
/// <remarks>
/// <para>The importer follows docs/conventions.md: text normalised with <see cref="Disclosures.PrintedText.Normalize(string?)"/>,
/// columns keyed by meaning (a table of header synonyms), rows keyed and typed, wrapped names and continued pages re-joined.</para>
/// <para>What it cannot recover from text: the region (行政区划代码 and name) and the publication date are not printed in a
/// disclosure's text (pass them as <see cref="ImportOptions.Region"/> and <see cref="ImportOptions.PublishedOn"/>), and the
/// source's address and hash are not known from the text alone (pass <see cref="ImportOptions.Source"/>). Numbers the
/// model has no place for (last year's execution in Shanghai's item list, a restated amount that differs) are listed in the
/// coverage figure, not guessed into a field.</para>
/// </remarks>
public static class DisclosureImporter
{
    /// <summary>Imports a disclosure from its text.</summary>
    /// <param name="text">The text as extracted.</param>
    /// <param name="options">The options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The result: the disclosure (unless the input is unreadable), the diagnostics and the coverage figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ImportOptions.Default;
        if (LooksBinary(text, out string? what))
        {
            return Unreadable(ImportDiagnosticCodes.BinaryInput, what!);
        }

        IPrintedTextSource source = Source(text, options);
        IReadOnlyList<PrintedLine> lines = source switch
        {
            TabSeparatedTextSource tabs => tabs.Read(text),
            LayoutTextSource layout => layout.Read(text),
            _ => source.Read(new StringReader(text)),
        };
        return DisclosureReader.Read(lines, options);
    }

    /// <summary>Imports a disclosure from a reader of its text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="options">The options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(TextReader reader, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Import(reader.ReadToEnd(), options);
    }

    /// <summary>Imports a disclosure from lines a front end produced (a PDF or spreadsheet reader).</summary>
    /// <param name="lines">The lines in order.</param>
    /// <param name="options">The options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(IEnumerable<PrintedLine> lines, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return DisclosureReader.Read([.. lines], options ?? ImportOptions.Default);
    }

    /// <summary>Chooses the front end for a text: tabs present → <see cref="TabSeparatedTextSource"/>, otherwise <see cref="LayoutTextSource"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The options (a shape other than <see cref="TextShape.Auto"/> decides).</param>
    /// <returns>The front end.</returns>
    public static IPrintedTextSource Source(string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ImportOptions.Default;
        TextShape shape = options.Shape == TextShape.Auto ? (text.Contains('\t', StringComparison.Ordinal) ? TextShape.TabSeparated : TextShape.Layout) : options.Shape;
        return shape == TextShape.TabSeparated ? TabSeparatedTextSource.Instance : new LayoutTextSource(options.Measure);
    }

    /// <summary>Tells whether text is binary data read as text (NUL characters, many control or replacement characters, a PDF or archive signature).</summary>
    private static bool LooksBinary(string text, out string? what)
    {
        what = null;
        if (text.StartsWith("%PDF", StringComparison.Ordinal))
        {
            what = "The input is a PDF file, not its text; import it with PdfDisclosureImporter (package OpenBudget.Pdf; in the API, post it as application/pdf), or extract the text first (for example with pdftotext -layout).";
            return true;
        }

        if (text.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
        {
            what = "The input is a ZIP archive (an .xlsx or .docx file?), not text.";
            return true;
        }

        int sample = Math.Min(text.Length, 8192);
        int bad = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                what = $"The input holds a NUL character at position {i + 1}: it is binary data, not text.";
                return true;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD')
            {
                bad++;
            }
        }

        if (sample > 0 && bad * 10 > sample)
        {
            what = $"{bad} of the first {sample} characters are control or undecodable characters: the input is binary data, not text.";
            return true;
        }

        return false;
    }

    private static ImportResult Unreadable(string code, string message)
        => new() { Disclosure = null, Diagnostics = [new ImportDiagnostic(ImportSeverity.Fatal, code, message)], Coverage = new ImportCoverage() };
}
