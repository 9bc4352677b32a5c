namespace OpenBudget.Import;

/// <summary>The shape of a disclosure's extracted text, which decides the front end that reads it.</summary>
public enum TextShape
{
    /// <summary>Tabs present: tab-separated; otherwise laid out with spaces.</summary>
    Auto = 0,

    /// <summary>Cells separated by tabs, empty cells kept (<see cref="TabSeparatedTextSource"/>).</summary>
    TabSeparated = 1,

    /// <summary>Columns aligned with spaces, as pdftotext -layout writes (<see cref="LayoutTextSource"/>).</summary>
    Layout = 2,
}
