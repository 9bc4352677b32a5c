namespace OpenBudget.Cli.Bulk;

/// <summary>One file of a folder run: where it is and the name it is reported under.</summary>
/// <param name="FullPath">The path to open.</param>
/// <param name="Name">The path relative to the folder, with forward slashes, e.g. "2026/na-2026-budget-4c68641fdf2c.json"; the file name when a single file was given.</param>
internal sealed record DisclosureFile(string FullPath, string Name);
