using System.Diagnostics.CodeAnalysis;
using OpenBudget.Import;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Inputs;

/// <summary>Reads a published disclosure file of some format (extracted text, a PDF, a spreadsheet) into the model, with the importer's diagnostics and coverage.</summary>
/// <remarks>The tool picks an importer by the file's extension (<see cref="DisclosureFileImporters"/>); a package that reads another format registers its own.</remarks>
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "Front ends in other packages implement it to plug a file format into the tool.")]
public interface IDisclosureFileImporter
{
    /// <summary>Gets the extensions the importer reads, with their dot and in lower case, e.g. ".txt".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Gets what the importer reads, for messages, e.g. "extracted text".</summary>
    string Format { get; }

    /// <summary>Imports a disclosure from the file's content.</summary>
    /// <param name="content">The file's bytes, read from the start.</param>
    /// <param name="options">The import options.</param>
    /// <returns>The result: the disclosure unless the content is unreadable, the diagnostics and the coverage figure.</returns>
    ImportResult Import(Stream content, ImportOptions options);

    /// <summary>Imports a disclosure from the file's content, with a way to tell each finding on it where it is printed (the page of a PDF).</summary>
    /// <param name="content">The file's bytes, read from the start.</param>
    /// <param name="options">The import options.</param>
    /// <returns>The result, and a function that puts the page on each finding of a report on the disclosure; <see langword="null"/> for a format without pages (the default).</returns>
    (ImportResult Result, Func<ValidationReport, ValidationReport>? Locate) ImportLocated(Stream content, ImportOptions options)
        => (Import(content, options), null);
}
