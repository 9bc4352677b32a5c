using System.Text;
using OpenBudget.Import;

namespace OpenBudget.Cli.Inputs;

/// <summary>Reads a disclosure's extracted text (pdftotext -layout output, tab-separated or terminal-aligned text) as UTF-8, or as UTF-16 when a byte-order mark says so.</summary>
internal sealed class TextFileImporter : IDisclosureFileImporter
{
    internal static TextFileImporter Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".tsv"];

    /// <inheritdoc/>
    public string Format => "extracted text";

    /// <inheritdoc/>
    public ImportResult Import(Stream content, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return DisclosureImporter.Import(reader.ReadToEnd(), options);
    }
}
