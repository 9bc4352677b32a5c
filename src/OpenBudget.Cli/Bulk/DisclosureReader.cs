using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Cli.Bulk;

/// <summary>Reads one disclosure file for a bulk step, and words why a file could not be read.</summary>
internal static class DisclosureReader
{
    /// <summary>Reads and parses a disclosure, streaming from the file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DisclosureJsonException">The file is not a disclosure in the JSON format; the message says where.</exception>
    internal static BudgetDisclosure Read(DisclosureFile file)
    {
        using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return OpenBudgetJson.Deserialize(stream);
    }

    /// <summary>Words a step's exception for the list of files that failed.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>One line: why the file failed.</returns>
    internal static string Describe(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist.",
        DisclosureJsonException => $"not a readable disclosure: {error.Message}",
        IOException or UnauthorizedAccessException => $"cannot be read: {error.Message}",
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
