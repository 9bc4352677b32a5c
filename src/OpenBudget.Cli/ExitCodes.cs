namespace OpenBudget.Cli;

/// <summary>The exit codes of the tool, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    internal const int Success = 0;

    /// <summary>The input was well formed but names nothing known, e.g. a code that is not in the year's catalogue or a table the disclosure does not hold; for validate, the disclosure has an error; for import, part of the text could not be read and the output is partial.</summary>
    internal const int NotFound = 1;

    /// <summary>The input or the command line is malformed, e.g. "20604041", an unknown year or an unknown option; or the file cannot be read (missing, empty, binary).</summary>
    internal const int UsageError = 2;
}
