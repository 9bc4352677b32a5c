namespace OpenBudget.Import.Reading;

/// <summary>A paragraph of prose (or a heading): its normalised text and the lines it was joined from, with the offset where each line's text starts.</summary>
internal sealed class Paragraph
{
    private readonly List<PrintedLine> _lines = [];
    private readonly List<int> _offsets = [];
    private string _text = "";

    internal Paragraph(PrintedLine first, string text, bool indented)
    {
        Indented = indented;
        Append(first, text);
    }

    /// <summary>Gets the normalised text.</summary>
    internal string Text => _text;

    /// <summary>Gets the lines in order.</summary>
    internal IReadOnlyList<PrintedLine> Lines => _lines;

    internal PrintedLine First => _lines[0];

    internal bool Indented { get; }

    internal bool IsHeading { get; set; }

    internal int Level { get; set; }

    internal NumberingKind Numbering { get; set; }

    internal int Number { get; set; }

    /// <summary>Gets the text after the numbering.</summary>
    internal string Body { get; set; } = "";

    /// <summary>Appends a line's normalised text, joining as <see cref="Disclosures.PrintedText.Normalize(string?)"/> would across the line break.</summary>
    internal void Append(PrintedLine line, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_text.Length > 0 && !Texts.IsCjk(_text[^1]) && !Texts.IsCjk(text[0]))
        {
            _text += " ";
        }

        _lines.Add(line);
        _offsets.Add(_text.Length);
        _text += text;
    }

    /// <summary>Gets the line a character of the text comes from.</summary>
    internal PrintedLine LineAt(int offset)
    {
        for (int i = _offsets.Count - 1; i >= 0; i--)
        {
            if (offset >= _offsets[i])
            {
                return _lines[i];
            }
        }

        return _lines[0];
    }

    /// <summary>Places the number printed at an offset of the text in the ledger, as the same occurrence on its line (the second "30.00" of a line is the second one).</summary>
    internal bool Place(NumberLedger ledger, int offset, string number)
    {
        int index = 0;
        for (int i = _offsets.Count - 1; i >= 0; i--)
        {
            if (offset >= _offsets[i])
            {
                index = i;
                break;
            }
        }

        int lineStart = _offsets[index];
        int occurrence = 0;
        int k = lineStart;
        while (k < offset && k < _text.Length)
        {
            if (!char.IsAsciiDigit(_text[k]))
            {
                k++;
                continue;
            }

            int start = k;
            while (k < _text.Length && (char.IsAsciiDigit(_text[k]) || (_text[k] is ',' or '.' && k + 1 < _text.Length && char.IsAsciiDigit(_text[k + 1]))))
            {
                k++;
            }

            if (start < offset && NumberLedger.SameNumber(_text.AsSpan(start, k - start), number))
            {
                occurrence++;
            }
        }

        return ledger.Place(_lines[index], number, occurrence);
    }

    public override string ToString() => $"{First.LineNumber}: {_text}";
}
