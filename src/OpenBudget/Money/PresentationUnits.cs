namespace OpenBudget.Money;

/// <summary>What each <see cref="PresentationUnit"/> (金额单位) means: its factor in yuan and the symbol printed for it.</summary>
public static class PresentationUnits
{
    /// <summary>Gets how many yuan one of the unit is: 1 for 元, 10,000 for 万元, 100,000,000 for 亿元.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The factor, exact.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static decimal Factor(PresentationUnit unit) => unit switch
    {
        PresentationUnit.Yuan => 1m,
        PresentationUnit.TenThousandYuan => 10_000m,
        PresentationUnit.HundredMillionYuan => 100_000_000m,
        _ => throw Undefined(unit),
    };

    /// <summary>Gets the symbol printed for the unit: "元", "万元" or "亿元".</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static string Symbol(PresentationUnit unit) => unit switch
    {
        PresentationUnit.Yuan => "元",
        PresentationUnit.TenThousandYuan => "万元",
        PresentationUnit.HundredMillionYuan => "亿元",
        _ => throw Undefined(unit),
    };

    /// <summary>Tries to read a unit symbol: "元", "万元" or "亿元", with any surrounding whitespace.</summary>
    /// <param name="symbol">The text.</param>
    /// <param name="unit">The unit when the text is a symbol; otherwise <see cref="PresentationUnit.Yuan"/>.</param>
    /// <returns><see langword="true"/> when the text is a unit symbol.</returns>
    public static bool TryParseSymbol(ReadOnlySpan<char> symbol, out PresentationUnit unit)
    {
        ReadOnlySpan<char> s = AmountText.TrimSpaces(symbol);
        return TrySplitSymbol(s, out unit, out int length) && length == s.Length;
    }

    /// <summary>Finds the unit symbol that ends a text, for amounts printed as "5,590.76万元".</summary>
    /// <param name="text">The text, already trimmed at its end.</param>
    /// <param name="unit">The unit found.</param>
    /// <param name="length">The length of the symbol at the end of <paramref name="text"/>.</param>
    /// <returns><see langword="true"/> when the text ends with a unit symbol.</returns>
    internal static bool TrySplitSymbol(ReadOnlySpan<char> text, out PresentationUnit unit, out int length)
    {
        if (text.EndsWith("万元", StringComparison.Ordinal))
        {
            (unit, length) = (PresentationUnit.TenThousandYuan, 2);
            return true;
        }

        if (text.EndsWith("亿元", StringComparison.Ordinal))
        {
            (unit, length) = (PresentationUnit.HundredMillionYuan, 2);
            return true;
        }

        if (text.EndsWith("元", StringComparison.Ordinal))
        {
            (unit, length) = (PresentationUnit.Yuan, 1);
            return true;
        }

        (unit, length) = (PresentationUnit.Yuan, 0);
        return false;
    }

    /// <summary>Gets the UTF-8 bytes of the symbol printed for the unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol as UTF-8.</returns>
    internal static ReadOnlySpan<byte> Utf8Symbol(PresentationUnit unit) => unit switch
    {
        PresentationUnit.Yuan => "元"u8,
        PresentationUnit.TenThousandYuan => "万元"u8,
        PresentationUnit.HundredMillionYuan => "亿元"u8,
        _ => throw Undefined(unit),
    };

    /// <summary>Throws unless <paramref name="unit"/> is a defined unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="paramName">The parameter that holds it.</param>
    internal static void ThrowIfUndefined(PresentationUnit unit, string paramName)
    {
        if (unit is not (PresentationUnit.Yuan or PresentationUnit.TenThousandYuan or PresentationUnit.HundredMillionYuan))
        {
            throw new ArgumentOutOfRangeException(paramName, unit, "Not a presentation unit: expected Yuan, TenThousandYuan or HundredMillionYuan.");
        }
    }

    private static ArgumentOutOfRangeException Undefined(PresentationUnit unit)
        => new(nameof(unit), unit, "Not a presentation unit: expected Yuan, TenThousandYuan or HundredMillionYuan.");
}
