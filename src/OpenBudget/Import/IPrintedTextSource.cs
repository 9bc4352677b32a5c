namespace OpenBudget.Import;

/// <summary>A text front end: turns a document's text into <see cref="PrintedLine"/>s with cells and positions.</summary>
public interface IPrintedTextSource
{
    /// <summary>Reads a document's lines.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The lines in order, blank lines included, numbered from 1.</returns>
    IReadOnlyList<PrintedLine> Read(TextReader reader);
}
