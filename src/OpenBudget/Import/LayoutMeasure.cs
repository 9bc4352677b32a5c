namespace OpenBudget.Import;

/// <summary>How <see cref="LayoutTextSource"/> measures the positions of cells in text laid out with spaces.</summary>
public enum LayoutMeasure
{
    /// <summary>Chooses per document the measure under which the amounts of its tables line up best.</summary>
    Auto = 0,

    /// <summary>Display width: CJK characters take two columns (text aligned for a terminal).</summary>
    DisplayWidth = 1,

    /// <summary>One column per character, as pdftotext -layout places glyphs on its grid whatever their width.</summary>
    Characters = 2,
}
