namespace OpenBudget.Import;

/// <summary>A number of the input that the importer did not place in the model, with where it stands.</summary>
/// <param name="Text">The number as printed, e.g. "60.13" or "57.14%".</param>
/// <param name="Line">The 1-based input line.</param>
/// <param name="Page">The 1-based page, when the input marks pages.</param>
/// <param name="Context">The text around the number on its line, to find it by eye.</param>
public sealed record UnplacedNumber(string Text, int Line, int? Page, string Context)
{
    /// <inheritdoc/>
    public override string ToString() => Page is int p ? $"line {Line} (page {p}): {Text} in \"{Context}\"" : $"line {Line}: {Text} in \"{Context}\"";
}
