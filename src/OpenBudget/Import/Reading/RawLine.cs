namespace OpenBudget.Import.Reading;

/// <summary>A line of input before it is split into cells: its number, page and text without breaks.</summary>
internal readonly record struct RawLine(int Number, int? Page, string Text);
