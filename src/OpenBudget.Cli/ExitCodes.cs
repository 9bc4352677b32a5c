namespace OpenBudget.Cli;

/// <summary>The exit codes of the tool, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    internal const int Success = 0;

    /// <summary>The input was well formed but names nothing known, e.g. a code that is not in the year's catalogue; or, for validate, the disclosure has an error.</summary>
    internal const int NotFound = 1;

    /// <summary>The input or the command line is malformed, e.g. "20604041", an unknown year or an unknown option.</summary>
    internal const int UsageError = 2;
}
