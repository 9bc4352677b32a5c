namespace OpenBudget.Json;

/// <summary>One step of a JSON path: a property name, or an array index when <see cref="Name"/> is <see langword="null"/>.</summary>
/// <param name="Name">The property name, or <see langword="null"/> for an array index.</param>
/// <param name="Index">The array index, or -1 for a property.</param>
internal readonly record struct JsonPathSegment(string? Name, int Index);
