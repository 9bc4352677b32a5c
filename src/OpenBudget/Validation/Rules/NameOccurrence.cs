namespace OpenBudget.Validation.Rules;

/// <summary>One place a project or unit name is printed.</summary>
/// <param name="Key">The name folded for comparison.</param>
/// <param name="Printed">The name as printed.</param>
/// <param name="Pointer">The JSON Pointer of the name.</param>
/// <param name="Label">Where it is, for a person.</param>
internal sealed record NameOccurrence(string Key, string Printed, string Pointer, string Label);
