namespace OpenBudget.Import;

/// <summary>Measures text as a terminal or a monospaced page shows it: East Asian wide and full-width characters take two columns, others one.</summary>
public static class DisplayWidth
{
    /// <summary>Gets the width of a character: 2 for East Asian wide and full-width characters (汉字, 。，（）, full-width forms), 0 for line and page breaks, 1 otherwise.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The number of columns.</returns>
    public static int Of(char c) => c switch
    {
        '\n' or '\r' or '\f' => 0,
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\u303E' => 2,
        >= '\u3041' and <= '\u33FF' => 2,
        >= '\u3400' and <= '\u4DBF' => 2,
        >= '\u4E00' and <= '\u9FFF' => 2,
        >= '\uA000' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,

        // A surrogate pair is a supplementary-plane ideograph in disclosures; the high half carries the width.
        >= '\uD800' and <= '\uDBFF' => 2,
        >= '\uDC00' and <= '\uDFFF' => 0,
        _ => 1,
    };

    /// <summary>Gets the width of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of columns it takes.</returns>
    public static int Of(ReadOnlySpan<char> text)
    {
        int width = 0;
        foreach (char c in text)
        {
            width += Of(c);
        }

        return width;
    }

    /// <summary>Pads a text on the right with spaces to a display width (for left-aligned columns).</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The width to reach.</param>
    /// <returns>The padded text; the text itself when it is already as wide.</returns>
    public static string PadRight(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        int pad = width - Of(text);
        return pad <= 0 ? text : text + new string(' ', pad);
    }

    /// <summary>Pads a text on the left with spaces to a display width (for right-aligned columns such as amounts).</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The width to reach.</param>
    /// <returns>The padded text; the text itself when it is already as wide.</returns>
    public static string PadLeft(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        int pad = width - Of(text);
        return pad <= 0 ? text : new string(' ', pad) + text;
    }
}
