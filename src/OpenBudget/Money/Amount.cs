using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenBudget.Money;

/// <summary>A printed amount cell: either blank (not printed) or an exact decimal value with the decimals it was printed with.</summary>
/// <remarks>
/// Blank is not zero: "" and "—" parse to <see cref="Blank"/>, "0.00" to zero. The default value is blank.
/// Values compare by number (2.4 equals 2.40) while <see cref="Scale"/> keeps how many decimals were printed.
/// Parsing is culture-independent and reads what disclosures print: thousands separators in groups of three,
/// a minus sign, full-width digits and punctuation, surrounding spaces.
/// </remarks>
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Amount>
{
    private readonly decimal _value;
    private readonly bool _hasValue;

    private Amount(decimal value)
    {
        _value = value;
        _hasValue = true;
    }

    /// <summary>Gets the blank amount: a cell where nothing was printed.</summary>
    public static Amount Blank => default;

    /// <summary>Gets a value indicating whether nothing was printed.</summary>
    public bool IsBlank => !_hasValue;

    /// <summary>Gets a value indicating whether a number was printed.</summary>
    public bool HasValue => _hasValue;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The amount is blank.</exception>
    public decimal Value => _hasValue ? _value : throw new InvalidOperationException("The amount is blank: nothing was printed.");

    /// <summary>Gets the value, or zero when blank (for sums, where a blank cell counts as nothing).</summary>
    public decimal ValueOrZero => _value;

    /// <summary>Gets the number of decimals printed (2 for "5,590.76", 1 for "2.4"), or 0 when blank.</summary>
    public int Scale => _hasValue ? _value.Scale : 0;

    /// <summary>Makes an amount from a value.</summary>
    /// <param name="value">The value, with the decimals it was printed with.</param>
    public static implicit operator Amount(decimal value) => new(value);

    /// <summary>Compares two amounts: blank equals blank only; values by number.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Orders amounts, blank first.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Makes an amount from a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The amount.</returns>
    public static Amount Of(decimal value) => new(value);

    /// <summary>Makes an amount from a nullable value: <see langword="null"/> is blank.</summary>
    /// <param name="value">The value or <see langword="null"/>.</param>
    /// <returns>The amount.</returns>
    public static Amount FromNullable(decimal? value) => value is decimal d ? new(d) : Blank;

    /// <summary>Reads an amount as printed: "5,590.76", "-363.57", "０.００", or a blank form ("", "—", "-").</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    public static Amount Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s);
    }

    /// <summary>Reads an amount as printed.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message names the text and says why.</exception>
    public static Amount Parse(ReadOnlySpan<char> s) => ParseCore(s);

    /// <inheritdoc/>
    public static Amount Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s);
    }

    /// <inheritdoc/>
    public static Amount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s);

    /// <summary>Tries to read an amount as printed.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Amount result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read an amount as printed.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Amount result) => TryParse(s, out result, out _);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Amount result) => TryParse(s.AsSpan(), out result, out _);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result) => TryParse(s, out result, out _);

    /// <summary>Tries to read an amount as printed, saying why when the text is not one; does not allocate on success.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, when the text is one.</param>
    /// <param name="reason">Why the text is not an amount, when it is not.</param>
    /// <returns><see langword="true"/> when the text is an amount or a blank form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Amount result, [NotNullWhen(false)] out string? reason)
        => AmountText.TryParse(s, out result, out reason);

    /// <inheritdoc/>
    public bool Equals(Amount other) => _hasValue == other._hasValue && _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hasValue ? _value.GetHashCode() : -1;

    /// <inheritdoc/>
    public int CompareTo(Amount other) => _hasValue != other._hasValue ? (_hasValue ? 1 : -1) : _value.CompareTo(other._value);

    /// <summary>Gets the value, or <see langword="null"/> when blank.</summary>
    /// <returns>The nullable value.</returns>
    public decimal? ToNullable() => _hasValue ? _value : null;

    /// <summary>Writes the amount as disclosures print it: thousands separators and the printed decimals ("5,590.76"); blank writes "".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the amount; "N" (the default) groups thousands and keeps the printed decimals, "N2"/"F2" etc. as for decimal with the invariant culture, "R" writes the plain value ("5590.76"). Blank writes "".</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">The culture; the invariant culture when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!_hasValue)
        {
            return "";
        }

        Span<char> buffer = stackalloc char[64];
        return TryFormat(buffer, out int written, format, formatProvider) ? new string(buffer[..written]) : _value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!_hasValue)
        {
            charsWritten = 0;
            return true;
        }

        provider ??= CultureInfo.InvariantCulture;
        if (format.IsEmpty || format is "N" or "n")
        {
            return _value.TryFormat(destination, out charsWritten, string.Create(CultureInfo.InvariantCulture, $"N{_value.Scale}"), provider);
        }

        if (format is "R" or "r")
        {
            return _value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
        }

        return _value.TryFormat(destination, out charsWritten, format, provider);
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> buffer = stackalloc char[64];
        if (!TryFormat(buffer, out int written, format, provider) || utf8Destination.Length < written)
        {
            bytesWritten = 0;
            return false;
        }

        for (int i = 0; i < written; i++)
        {
            utf8Destination[i] = (byte)buffer[i];
        }

        bytesWritten = written;
        return true;
    }

    private static Amount ParseCore(ReadOnlySpan<char> s)
        => AmountText.TryParse(s, out Amount result, out string? reason) ? result : throw new FormatException(reason);
}
