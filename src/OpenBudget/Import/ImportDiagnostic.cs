namespace OpenBudget.Import;

/// <summary>Something the importer noticed while reading a disclosure's text: what, where and how much it matters.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Code">A stable code from <see cref="ImportDiagnosticCodes"/>, e.g. "unparseable-amount".</param>
/// <param name="Message">What was found, where and what was expected, in English with Chinese text as printed.</param>
/// <param name="Line">The 1-based input line, when the diagnostic is about one.</param>
/// <param name="Page">The 1-based page, when the input marks pages.</param>
public sealed record ImportDiagnostic(ImportSeverity Severity, string Code, string Message, int? Line = null, int? Page = null)
{
    /// <summary>Writes the diagnostic as one line: "line 12 (page 3): error unparseable-amount: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string where = Line is int l ? (Page is int p ? $"line {l} (page {p}): " : $"line {l}: ") : "";
        string severity = Severity switch
        {
            ImportSeverity.Info => "info",
            ImportSeverity.Warning => "warning",
            ImportSeverity.Error => "error",
            _ => "fatal",
        };
        return $"{where}{severity} {Code}: {Message}";
    }
}
