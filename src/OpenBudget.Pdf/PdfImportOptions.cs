using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf;

/// <summary>Limits and layout settings for reading a PDF that may come from anyone.</summary>
/// <remarks>
/// The limits keep an untrusted upload from holding a server: a file over <see cref="MaxBytes"/> is refused before it is
/// parsed, a document over <see cref="MaxPages"/> before its pages are read, and reading stops between pages once
/// <see cref="Timeout"/> has passed.
/// </remarks>
public sealed record PdfImportOptions
{
    /// <summary>The default largest file: 50 MiB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>The default largest page count: 500.</summary>
    public const int DefaultMaxPages = 500;

    /// <summary>Gets the options with the default limits and layout.</summary>
    public static PdfImportOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Gets the largest number of pages accepted.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Gets how long reading may take; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets the password of an encrypted PDF, when the caller has one.</summary>
    public string? Password { get; init; }

    /// <summary>Gets how words are grouped into lines and cells.</summary>
    public PdfLayoutOptions Layout { get; init; } = PdfLayoutOptions.Default;

    /// <summary>Checks that the limits make sense.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative (other than an infinite timeout).</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1L, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPages, 1, nameof(MaxPages));
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be zero or positive, or infinite.");
        }

        ArgumentNullException.ThrowIfNull(Layout, nameof(Layout));
        Layout.Validate();
    }
}
