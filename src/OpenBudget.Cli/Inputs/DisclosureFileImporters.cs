using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Cli.Inputs;

/// <summary>The importers the tool reads disclosure files with, looked up by the file's extension; a file whose extension no importer claims is read as extracted text.</summary>
/// <remarks>
/// <para>The default set reads extracted text (.txt, .text, .tsv). A front end for another format, such as PDF, is added with
/// <see cref="With(IDisclosureFileImporter)"/> and passed to <see cref="OpenBudgetCli.Run(string[], TextWriter, TextWriter, DisclosureFileImporters)"/>.</para>
/// <para>JSON (.json) is the model itself and is read by every command directly, not imported.</para>
/// </remarks>
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "Hosts pass their own set to the in-process entry point to plug in other file formats.")]
public sealed class DisclosureFileImporters
{
    private readonly Dictionary<string, IDisclosureFileImporter> _byExtension;

    private DisclosureFileImporters(Dictionary<string, IDisclosureFileImporter> byExtension) => _byExtension = byExtension;

    /// <summary>Gets the default set: extracted text and PDF.</summary>
    public static DisclosureFileImporters Default { get; } = new DisclosureFileImporters(new Dictionary<string, IDisclosureFileImporter>(StringComparer.OrdinalIgnoreCase)).Add(TextFileImporter.Instance).Add(PdfFileImporter.Instance);

    /// <summary>Gets the extensions some importer claims, in order.</summary>
    public IEnumerable<string> Extensions => _byExtension.Keys.Order(StringComparer.Ordinal);

    /// <summary>Returns a set that also reads the importer's extensions, the importer taking them over from any importer that claimed them before.</summary>
    /// <param name="importer">The importer.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    public DisclosureFileImporters With(IDisclosureFileImporter importer)
    {
        ArgumentNullException.ThrowIfNull(importer);
        return new DisclosureFileImporters(new Dictionary<string, IDisclosureFileImporter>(_byExtension, StringComparer.OrdinalIgnoreCase)).Add(importer);
    }

    /// <summary>Finds the importer for a file by its extension; a file with another extension, or none, is read as extracted text.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The importer.</returns>
    public IDisclosureFileImporter For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _byExtension.TryGetValue(Path.GetExtension(path), out IDisclosureFileImporter? importer) ? importer : TextFileImporter.Instance;
    }

    private DisclosureFileImporters Add(IDisclosureFileImporter importer)
    {
        foreach (string extension in importer.Extensions)
        {
            if (!extension.StartsWith('.') || extension.Length < 2)
            {
                throw new ArgumentException($"'{extension}' is not a file extension: it must start with a dot, e.g. \".pdf\".", nameof(importer));
            }

            _byExtension[extension] = importer;
        }

        return this;
    }
}
