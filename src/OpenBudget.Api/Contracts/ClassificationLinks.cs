namespace OpenBudget.Api.Contracts;

/// <summary>Where to find a code, its children and its parent.</summary>
/// <param name="Self">The code.</param>
/// <param name="Children">Its children (款 of a 类, 项 of a 款).</param>
/// <param name="Parent">Its parent, absent for a class.</param>
public sealed record ClassificationLinks(string Self, string Children, string? Parent);
