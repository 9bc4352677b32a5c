using OpenBudget.Collections;

namespace OpenBudget.Validation;

/// <summary>What the validator found in one disclosure: a summary, then every finding (errors first).</summary>
public sealed record ValidationReport
{
    /// <summary>Gets the schema the report follows.</summary>
    public string Schema { get; init; } = ValidationReportSchema.Id;

    /// <summary>Gets the department the disclosure is of.</summary>
    public string Department { get; init; } = "";

    /// <summary>Gets the disclosure's fiscal year.</summary>
    public int FiscalYear { get; init; }

    /// <summary>Gets the summary.</summary>
    public ReportSummary Summary { get; init; } = new();

    /// <summary>Gets every finding, errors first, then by location.</summary>
    public EquatableArray<Finding> Findings { get; init; }
}
