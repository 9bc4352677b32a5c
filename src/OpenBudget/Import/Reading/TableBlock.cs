using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Where a table stands in the input: its title line, the line after its last line, its kind, title and number.</summary>
internal sealed record TableBlock(int TitleIndex, int End, TableKind Kind, string Title, string? Number, bool AtEndOfInput);
