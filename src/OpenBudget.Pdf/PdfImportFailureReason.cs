namespace OpenBudget.Pdf;

/// <summary>Why a PDF could not be read as a disclosure.</summary>
public enum PdfImportFailureReason
{
    /// <summary>The file does not start like a PDF (no <c>%PDF-</c> header): it is another format with a .pdf name, or empty.</summary>
    NotAPdf = 0,

    /// <summary>The PDF is encrypted with a password that was not given, so its text cannot be read.</summary>
    Encrypted = 1,

    /// <summary>The PDF has no text layer on any page: it was scanned or printed to images, and needs OCR first.</summary>
    NoTextLayer = 2,

    /// <summary>The PDF is damaged: cut short, or its structure cannot be parsed.</summary>
    Damaged = 3,

    /// <summary>The file is larger than <see cref="PdfImportOptions.MaxBytes"/>.</summary>
    TooLarge = 4,

    /// <summary>The PDF has more pages than <see cref="PdfImportOptions.MaxPages"/>.</summary>
    TooManyPages = 5,

    /// <summary>Reading took longer than <see cref="PdfImportOptions.Timeout"/>.</summary>
    TimedOut = 6,
}
