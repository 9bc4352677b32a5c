using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Contracts;
using OpenBudget.Disclosures;
using OpenBudget.Pdf;

namespace OpenBudget.Api.Http;

/// <summary>A disclosure read from a request body, or the problem that stopped it.</summary>
/// <param name="Disclosure">The disclosure, when the body was one.</param>
/// <param name="Problem">The problem, when it was not.</param>
public sealed record BodyOutcome(BudgetDisclosure? Disclosure, ProblemDetails? Problem)
{
    /// <summary>Gets a value indicating whether the body was read.</summary>
    [MemberNotNullWhen(true, nameof(Disclosure))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Disclosure is not null;

    /// <summary>Gets how a text or PDF body was read; <see langword="null"/> for JSON.</summary>
    public ImportSummary? Import { get; init; }

    /// <summary>Gets the pages of the places of a disclosure read from a PDF; <see langword="null"/> otherwise.</summary>
    public PdfPageMap? Pages { get; init; }
}
