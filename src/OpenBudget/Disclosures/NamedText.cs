namespace OpenBudget.Disclosures;

/// <summary>A heading with its text, as printed.</summary>
/// <param name="Name">The heading.</param>
/// <param name="Text">The text.</param>
public sealed record NamedText(string Name, string Text);
