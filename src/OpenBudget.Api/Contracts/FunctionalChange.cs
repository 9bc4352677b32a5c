namespace OpenBudget.Api.Contracts;

/// <summary>One functional class (类) or section (款) of the compared table in two years.</summary>
/// <param name="Level">"class" or "section".</param>
/// <param name="Code">The functional code, e.g. "206" or "20604".</param>
/// <param name="Name">The name as printed (the later year's, when both print it).</param>
/// <param name="Amounts">The amount in the "total" column in each year and its change.</param>
public sealed record FunctionalChange(string Level, string Code, string Name, YearChange Amounts);
