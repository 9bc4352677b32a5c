using System.Diagnostics.CodeAnalysis;
using OpenBudget.Validation;

namespace OpenBudget.Api.Checking;

/// <summary>The result of checking a disclosure: its report, or the reason no report could be made.</summary>
public sealed record CheckOutcome
{
    private CheckOutcome(ValidationReport? report, string? unavailableReason)
    {
        Report = report;
        UnavailableReason = unavailableReason;
    }

    /// <summary>Gets the report, when the check ran.</summary>
    public ValidationReport? Report { get; }

    /// <summary>Gets why the check could not run, when it did not.</summary>
    public string? UnavailableReason { get; }

    /// <summary>Gets a value indicating whether the check ran.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(UnavailableReason))]
    public bool Ran => Report is not null;

    /// <summary>Creates the outcome of a check that ran.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The outcome.</returns>
    public static CheckOutcome Checked(ValidationReport report) => new(report ?? throw new ArgumentNullException(nameof(report)), null);

    /// <summary>Creates the outcome of a check that could not run.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The outcome.</returns>
    public static CheckOutcome Unavailable(string reason) => new(null, reason);
}
