using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Money;

/// <summary>An amount printed with its unit (金额 and 金额单位), as prose states it: "5,590.76万元", "96,282,213.44元", "1.2亿元".</summary>
/// <remarks>
/// The amount keeps the decimals printed, and may be blank: the bare symbol "万元" (or "—万元") reads as a blank amount in
/// 万元, and a blank amount writes as the bare symbol, so that every value reads back. The default value is a blank amount in 元.
/// </remarks>
public readonly struct PresentedAmount : IEquatable<PresentedAmount>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<PresentedAmount>
{
    private const string What = "an amount with a unit";

    /// <summary>Initializes a new instance of the <see cref="PresentedAmount"/> struct.</summary>
    /// <param name="amount">The amount as printed, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit printed after it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public PresentedAmount(Amount amount, PresentationUnit unit)
    {
        PresentationUnits.ThrowIfUndefined(unit, nameof(unit));
        Amount = amount;
        Unit = unit;
    }

    /// <summary>Gets the amount as printed, in <see cref="Unit"/>.</summary>
    public Amount Amount { get; }

    /// <summary>Gets the unit printed after the amount.</summary>
    public PresentationUnit Unit { get; }

    /// <summary>Compares two presented amounts: the same unit and equal amounts (2.4万元 equals 2.40万元, but not 24,000元).</summary>
    /// <param name="left">The first presented amount.</param>
    /// <param name="right">The second presented amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PresentedAmount left, PresentedAmount right) => left.Equals(right);

    /// <summary>Compares two presented amounts: the same unit and equal amounts.</summary>
    /// <param name="left">The first presented amount.</param>
    /// <param name="right">The second presented amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PresentedAmount left, PresentedAmount right) => !left.Equals(right);

    /// <summary>Reads an amount followed by its unit: "5,590.76万元", "96,282,213.44 元", "１．２亿元".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount and its unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount with a unit; the message names the text and says why.</exception>
    public static PresentedAmount Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Reads an amount followed by its unit: "5,590.76万元", "96,282,213.44 元", "１．２亿元".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount and its unit.</returns>
    /// <exception cref="FormatException">The text is not an amount with a unit; the message names the text and says why.</exception>
    public static PresentedAmount Parse(ReadOnlySpan<char> s)
        => TryParseCore(s, out PresentedAmount result, out AmountText.Problem problem)
            ? result
            : throw AmountText.Describe(s, problem, What).ToException();

    /// <summary>Reads an amount followed by its unit, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount and its unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount with a unit; the message names the text and says why.</exception>
    static PresentedAmount IParsable<PresentedAmount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads an amount followed by its unit, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount and its unit.</returns>
    /// <exception cref="FormatException">The text is not an amount with a unit; the message names the text and says why.</exception>
    static PresentedAmount ISpanParsable<PresentedAmount>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to read an amount followed by its unit; does not allocate.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount and its unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount with a unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PresentedAmount result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, out result, out _);
    }

    /// <summary>Tries to read an amount followed by its unit; does not allocate.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount and its unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount with a unit.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out PresentedAmount result) => TryParseCore(s, out result, out _);

    /// <summary>Tries to read an amount followed by its unit, for generic code; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount and its unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount with a unit.</returns>
    static bool IParsable<PresentedAmount>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PresentedAmount result) => TryParse(s, out result);

    /// <summary>Tries to read an amount followed by its unit, for generic code; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount and its unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount with a unit.</returns>
    static bool ISpanParsable<PresentedAmount>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PresentedAmount result) => TryParse(s, out result);

    /// <summary>Reads an amount followed by its unit, returning either the value or a failure with the text, the index at fault and the reason.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount and its unit, or why and where the text is not one.</returns>
    public static ParseResult<PresentedAmount> TryParseDetailed(ReadOnlySpan<char> s)
        => TryParseCore(s, out PresentedAmount result, out AmountText.Problem problem)
            ? new ParseResult<PresentedAmount>(result)
            : new ParseResult<PresentedAmount>(AmountText.Describe(s, problem, What));

    /// <summary>Gets the amount and its unit as a pair, for <c>var (amount, unit) = PresentedAmount.Parse(text);</c>.</summary>
    /// <param name="amount">The amount as printed.</param>
    /// <param name="unit">The unit.</param>
    public void Deconstruct(out Amount amount, out PresentationUnit unit)
    {
        amount = Amount;
        unit = Unit;
    }

    /// <summary>Converts to money in yuan, exactly: 5,590.76万元 is 55,907,600.00 元.</summary>
    /// <param name="currency">The currency, usually <see cref="Currency.CNY"/>.</param>
    /// <returns>The money.</returns>
    /// <exception cref="InvalidOperationException">The amount is blank.</exception>
    /// <exception cref="OverflowException">The amount in yuan is too large for a decimal.</exception>
    public Money ToMoney(Currency currency) => Money.FromPresentation(Amount.Value, Unit, currency);

    /// <inheritdoc/>
    public bool Equals(PresentedAmount other) => Amount == other.Amount && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PresentedAmount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    /// <summary>Writes the amount as printed followed by the unit symbol: "5,590.76万元"; a blank amount writes the bare symbol.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value with the same scale.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the amount in a format (as <see cref="Amount.ToString(string?, IFormatProvider?)"/> does) followed by the unit symbol.</summary>
    /// <param name="format">The format of the amount, or <see langword="null"/> for "G".</param>
    /// <param name="formatProvider">Ignored: amounts are always written with the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format for <see cref="decimal"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => string.Concat(Amount.ToString(format, formatProvider), PresentationUnits.Symbol(Unit));

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format of the amount; empty for "G".</param>
    /// <param name="provider">Ignored: amounts are always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string symbol = PresentationUnits.Symbol(Unit);
        if (Amount.TryFormat(destination, out int written, format, provider) && symbol.TryCopyTo(destination[written..]))
        {
            charsWritten = written + symbol.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format of the amount; empty for "G".</param>
    /// <param name="provider">Ignored: amounts are always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ReadOnlySpan<byte> symbol = PresentationUnits.Utf8Symbol(Unit);
        if (Amount.TryFormat(utf8Destination, out int written, format, provider) && symbol.TryCopyTo(utf8Destination[written..]))
        {
            bytesWritten = written + symbol.Length;
            return true;
        }

        bytesWritten = 0;
        return false;
    }

    private static bool TryParseCore(ReadOnlySpan<char> s, out PresentedAmount result, out AmountText.Problem problem)
    {
        int end = s.Length;
        while (end > 0 && AmountText.IsSpace(s[end - 1]))
        {
            end--;
        }

        if (!PresentationUnits.TrySplitSymbol(s[..end], out PresentationUnit unit, out int symbolLength))
        {
            result = default;
            problem = new AmountText.Problem(AmountText.Detail.MissingUnit, end);
            return false;
        }

        if (!AmountText.TryParse(s, 0, end - symbolLength, out Amount amount, out problem))
        {
            result = default;
            return false;
        }

        result = new PresentedAmount(amount, unit);
        return true;
    }
}
