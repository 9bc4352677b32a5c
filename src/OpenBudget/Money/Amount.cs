using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenBudget.Money;

/// <summary>A printed amount cell (金额): either blank (not printed) or an exact decimal value with the decimals it was printed with.</summary>
/// <remarks>
/// <para>Blank is not zero: "", "—" and "-" read as <see cref="Blank"/>, "0.00" as zero; the default value is blank.</para>
/// <para>Equality is by number: 2.4 equals 2.40, while <see cref="Scale"/> still tells 1 from 2 printed decimals;
/// blank equals only blank. Ordering puts blank before every value.</para>
/// <para>Reading and writing are culture-independent (the invariant culture always): thousands separators in groups
/// of three, a decimal point, a leading sign, full-width digits and punctuation, surrounding spaces.</para>
/// </remarks>
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Amount>
{
    private const string What = "an amount";

    private readonly decimal _value;
    private readonly bool _hasValue;

    private Amount(decimal value)
    {
        _value = value;
        _hasValue = true;
    }

    /// <summary>Gets the blank amount: a cell where nothing was printed (the default value).</summary>
    public static Amount Blank => default;

    /// <summary>Gets a value indicating whether nothing was printed.</summary>
    public bool IsBlank => !_hasValue;

    /// <summary>Gets a value indicating whether a number was printed.</summary>
    public bool HasValue => _hasValue;

    /// <summary>Gets the value printed.</summary>
    /// <exception cref="InvalidOperationException">The amount is blank.</exception>
    public decimal Value => _hasValue ? _value : throw new InvalidOperationException("The amount is blank: nothing was printed, so it has no value.");

    /// <summary>Gets the value, or zero when blank (for sums, where a blank cell adds nothing).</summary>
    public decimal ValueOrZero => _value;

    /// <summary>Gets the number of decimals printed: 2 for "5,590.76", 1 for "2.4", 0 for "2" and for blank.</summary>
    public int Scale => _hasValue ? _value.Scale : 0;

    /// <summary>Makes an amount from a value, keeping its scale.</summary>
    /// <param name="value">The value, with the decimals it was printed with.</param>
    public static implicit operator Amount(decimal value) => new(value);

    /// <summary>Compares two amounts: blank equals blank only, values compare by number (2.4 == 2.40).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when both are blank or both hold the same number.</returns>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Compares two amounts: blank differs from every value, values compare by number.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Makes an amount from a value, keeping its scale (2.40m stays 2.40).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The amount.</returns>
    public static Amount Of(decimal value) => new(value);

    /// <summary>Makes an amount from a nullable value: <see langword="null"/> is blank.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The amount.</returns>
    public static Amount FromNullable(decimal? value) => value is decimal d ? new(d) : Blank;

    /// <summary>Reads an amount as printed: "5,590.76", "-363.57", "５，５９０．７６", or a blank form ("", "—", "-", "——").</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    public static Amount Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Reads an amount as printed: "5,590.76", "-363.57", "５，５９０．７６", or a blank form ("", "—", "-", "——").</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    public static Amount Parse(ReadOnlySpan<char> s)
        => AmountText.TryParse(s, 0, s.Length, out Amount result, out AmountText.Problem problem)
            ? result
            : throw AmountText.Describe(s, problem, What).ToException();

    /// <summary>Reads an amount as printed, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    static Amount IParsable<Amount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads an amount as printed, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    static Amount ISpanParsable<Amount>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to read an amount as printed; does not allocate.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount when the text is one (a blank form gives <see cref="Blank"/>); otherwise blank.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Amount result)
    {
        if (s is null)
        {
            result = Blank;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to read an amount as printed; does not allocate.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount when the text is one (a blank form gives <see cref="Blank"/>); otherwise blank.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Amount result) => AmountText.TryParse(s, 0, s.Length, out result, out _);

    /// <summary>Tries to read an amount as printed, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount when the text is one; otherwise blank.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    static bool IParsable<Amount>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Amount result) => TryParse(s, out result);

    /// <summary>Tries to read an amount as printed, for generic code (<see cref="ISpanParsable{TSelf}"/>); the provider is ignored, as amounts are always read with the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount when the text is one; otherwise blank.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    static bool ISpanParsable<Amount>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result) => TryParse(s, out result);

    /// <summary>Tries to read an amount as printed and says why when the text is not one; allocates only on failure.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount when the text is one; otherwise blank.</param>
    /// <param name="reason">Why the text is not an amount, naming the text; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Amount result, [NotNullWhen(false)] out string? reason)
    {
        if (AmountText.TryParse(s, 0, s.Length, out result, out AmountText.Problem problem))
        {
            reason = null;
            return true;
        }

        reason = AmountText.Describe(s, problem, What).Message;
        return false;
    }

    /// <summary>Reads an amount as printed, returning either the amount or a failure with the text, the index at fault and the reason; allocates only on failure.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount, or why and where the text is not one.</returns>
    public static ParseResult<Amount> TryParseDetailed(ReadOnlySpan<char> s)
        => AmountText.TryParse(s, 0, s.Length, out Amount result, out AmountText.Problem problem)
            ? new ParseResult<Amount>(result)
            : new ParseResult<Amount>(AmountText.Describe(s, problem, What));

    /// <summary>Compares with another amount: blank equals blank only, values compare by number (2.4 equals 2.40).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><see langword="true"/> when both are blank or both hold the same number.</returns>
    public bool Equals(Amount other) => _hasValue == other._hasValue && _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hasValue ? _value.GetHashCode() : -1;

    /// <summary>Orders amounts: blank first, then values by number; 2.4 and 2.40 are equal.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Less than zero, zero, or more than zero as this amount sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Amount other) => _hasValue != other._hasValue ? (_hasValue ? 1 : -1) : _value.CompareTo(other._value);

    /// <summary>Orders amounts: blank first, then values by number; <see langword="null"/> sorts before everything.</summary>
    /// <param name="obj">An <see cref="Amount"/> or <see langword="null"/>.</param>
    /// <returns>Less than zero, zero, or more than zero as this amount sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="Amount"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException($"Expected an {nameof(Amount)}, found {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Gets the value, or <see langword="null"/> when blank.</summary>
    /// <returns>The nullable value.</returns>
    public decimal? ToNullable() => _hasValue ? _value : null;

    /// <summary>Writes the amount as disclosures print it: thousands separators and the value's own decimals ("5,590.76", "2.4"); blank writes "".</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal amount with the same scale.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Writes the amount with the invariant culture. "G" or "N" (or none) groups thousands and keeps the value's own
    /// decimals ("5,590.76"); "F" or "R" writes the plain value with its own decimals ("5590.76"); any other format,
    /// such as "N2" or "F0", is the <see cref="decimal"/> format (which rounds half away from zero). Blank writes "" in every format.
    /// </summary>
    /// <param name="format">The format, or <see langword="null"/> for "G".</param>
    /// <param name="formatProvider">Ignored: amounts are always written with the invariant culture, so that they read back.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format for <see cref="decimal"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!_hasValue)
        {
            return "";
        }

        FormatStyle style = Classify(format);
        if (style == FormatStyle.Decimal)
        {
            return _value.ToString(format, CultureInfo.InvariantCulture);
        }

        Span<char> buffer = stackalloc char[AmountText.MaxPrintedLength];
        AmountText.TryFormatPrinted(_value, style == FormatStyle.Grouped, buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary>Writes the amount into a span of characters, as <see cref="ToString(string?, IFormatProvider?)"/> does, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format; empty for "G".</param>
    /// <param name="provider">Ignored: amounts are always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format for <see cref="decimal"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!_hasValue)
        {
            charsWritten = 0;
            return true;
        }

        FormatStyle style = Classify(format);
        return style == FormatStyle.Decimal
            ? _value.TryFormat(destination, out charsWritten, format, CultureInfo.InvariantCulture)
            : AmountText.TryFormatPrinted(_value, style == FormatStyle.Grouped, destination, out charsWritten);
    }

    /// <summary>Writes the amount as UTF-8, as <see cref="ToString(string?, IFormatProvider?)"/> does, without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format; empty for "G".</param>
    /// <param name="provider">Ignored: amounts are always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format for <see cref="decimal"/>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!_hasValue)
        {
            bytesWritten = 0;
            return true;
        }

        FormatStyle style = Classify(format);
        return style == FormatStyle.Decimal
            ? _value.TryFormat(utf8Destination, out bytesWritten, format, CultureInfo.InvariantCulture)
            : AmountText.TryFormatPrinted(_value, style == FormatStyle.Grouped, utf8Destination, out bytesWritten);
    }

    private static FormatStyle Classify(ReadOnlySpan<char> format) => format switch
    {
        [] or "G" or "g" or "N" or "n" => FormatStyle.Grouped,
        "F" or "f" or "R" or "r" => FormatStyle.Plain,
        _ => FormatStyle.Decimal,
    };

    private enum FormatStyle
    {
        Grouped,
        Plain,
        Decimal,
    }
}
