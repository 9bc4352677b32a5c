namespace OpenBudget.Cli.Bulk;

/// <summary>Finds the disclosure files of a folder, or takes one file: what <c>validate</c>, <c>export</c> and other bulk commands run over.</summary>
/// <remarks>
/// Every <c>*.json</c> file under the folder, in every subfolder, in ordinal order of its relative path, so runs are repeatable.
/// Files and folders whose names start with "_" or "." are skipped, as Hadoop, Spark and DuckDB do: a corpus keeps its
/// manifest (<c>_manifest.json</c>) beside the disclosures without it being taken for one. Only names are held, never contents.
/// </remarks>
internal static class DisclosureFolder
{
    /// <summary>The pattern of the files a folder run takes.</summary>
    internal const string Pattern = "*.json";

    /// <summary>Lists the files to run over.</summary>
    /// <param name="path">A folder, or a single file (taken whatever its name).</param>
    /// <returns>The files, in order.</returns>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder exists at <paramref name="path"/>.</exception>
    internal static IReadOnlyList<DisclosureFile> List(string path) => List(path, Pattern);

    /// <summary>Lists the files a folder run takes that match a pattern, as <see cref="List(string)"/> does for <c>*.json</c>.</summary>
    /// <param name="path">A file, or a folder to walk.</param>
    /// <param name="pattern">The file-name pattern, e.g. <c>*.txt</c>.</param>
    /// <returns>The file itself, or the folder's matching files in ordinal order of their relative paths.</returns>
    /// <exception cref="FileNotFoundException">There is no such file or folder.</exception>
    internal static IReadOnlyList<DisclosureFile> List(string path, string pattern)
    {
        if (File.Exists(path))
        {
            return [new DisclosureFile(Path.GetFullPath(path), Path.GetFileName(path))];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"There is no file or folder '{path}'.", path);
        }

        string root = Path.GetFullPath(path);
        var files = new List<DisclosureFile>();
        Walk(root, root, pattern, files);
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    private static void Walk(string root, string folder, string pattern, List<DisclosureFile> files)
    {
        foreach (string file in Directory.EnumerateFiles(folder, pattern))
        {
            if (!Skipped(Path.GetFileName(file)))
            {
                files.Add(new DisclosureFile(file, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')));
            }
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            if (!Skipped(Path.GetFileName(sub)))
            {
                Walk(root, sub, pattern, files);
            }
        }
    }

    private static bool Skipped(string name) => name.StartsWith('_') || name.StartsWith('.');
}
