using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>A heading with its text, as printed.</summary>
/// <param name="Name">The heading.</param>
/// <param name="Text">The text.</param>
public sealed record NamedText([property: JsonRequired] string Name, [property: JsonRequired] string Text);
