namespace OpenBudget.Pdf;

/// <summary>The exception thrown when a PDF cannot be read: not a PDF, encrypted, without text, damaged, or over a limit.</summary>
/// <remarks>
/// A PDF that can be read but holds an inconsistent disclosure is not an error: its problems are reported as findings.
/// This exception is for input that cannot be read at all; <see cref="Reason"/> says why, and <see cref="Page"/> says where
/// when one page is to blame.
/// </remarks>
public sealed class PdfImportException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PdfImportException"/> class.</summary>
    public PdfImportException()
        : this(PdfImportFailureReason.Damaged, "The PDF could not be read.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PdfImportException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PdfImportException(string message)
        : this(PdfImportFailureReason.Damaged, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PdfImportException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The error of the PDF library, when there is one.</param>
    public PdfImportException(string message, Exception? innerException)
        : this(PdfImportFailureReason.Damaged, message, null, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PdfImportException"/> class.</summary>
    /// <param name="reason">Why the PDF could not be read.</param>
    /// <param name="message">What was found and what was expected.</param>
    /// <param name="page">The 1-based page to blame, when one is.</param>
    /// <param name="innerException">The error of the PDF library, when there is one.</param>
    public PdfImportException(PdfImportFailureReason reason, string message, int? page = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        Page = page;
    }

    /// <summary>Gets why the PDF could not be read.</summary>
    public PdfImportFailureReason Reason { get; }

    /// <summary>Gets the 1-based page to blame, when one page is.</summary>
    public int? Page { get; }
}
