using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Money;

/// <summary>A currency (货币): its ISO 4217 code and the number of decimals of its minor unit, e.g. CNY with 2 (元 and 分).</summary>
/// <remarks>
/// The default value is "XXX", the ISO 4217 code for "no currency", with no minor digits; it equals no real currency,
/// so money of the default value does not mix with money in yuan.
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    private const string NoCurrencyCode = "XXX";

    private readonly string? _code;
    private readonly byte _minorDigits;

    /// <summary>Initializes a new instance of the <see cref="Currency"/> struct for a currency this library does not list.</summary>
    /// <param name="code">The ISO 4217 code: three upper-case ASCII letters, e.g. "CNY".</param>
    /// <param name="minorDigits">The number of decimals of the minor unit, 0 to 4 (2 for CNY, 0 for JPY).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorDigits"/> is not between 0 and 4.</exception>
    public Currency(string code, int minorDigits)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsIsoCode(code))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 currency code: expected three upper-case letters A to Z, e.g. CNY.", nameof(code));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minorDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minorDigits, 4);
        _code = code;
        _minorDigits = (byte)minorDigits;
    }

    /// <summary>Gets the Chinese yuan renminbi (人民币), CNY, with 2 minor digits (分).</summary>
    public static Currency CNY { get; } = new("CNY", 2);

    /// <summary>Gets the ISO 4217 code, e.g. "CNY"; "XXX" for the default value.</summary>
    public string Code => _code ?? NoCurrencyCode;

    /// <summary>Gets the number of decimals of the minor unit: 2 for CNY (分), 0 for JPY.</summary>
    public int MinorDigits => _minorDigits;

    /// <summary>Compares two currencies by code and minor digits.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they are the same currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies by code and minor digits.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Gets a currency this library lists by its code: CNY, HKD, MOP, TWD, USD, EUR, GBP, JPY, KRW, CHF.</summary>
    /// <param name="code">The ISO 4217 code, upper-case.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a listed currency; use the constructor for others.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code.AsSpan(), out Currency currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a currency this library lists (CNY, HKD, MOP, TWD, USD, EUR, GBP, JPY, KRW, CHF); use new Currency(code, minorDigits) for another.", nameof(code));
    }

    /// <summary>Tries to get a currency this library lists by its code; does not allocate.</summary>
    /// <param name="code">The ISO 4217 code, upper-case.</param>
    /// <param name="currency">The currency when listed; otherwise the default value.</param>
    /// <returns><see langword="true"/> when the code is a listed currency.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        return code is not null && TryFromCode(code.AsSpan(), out currency);
    }

    /// <summary>Tries to get a currency this library lists by its code; does not allocate.</summary>
    /// <param name="code">The ISO 4217 code, upper-case.</param>
    /// <param name="currency">The currency when listed; otherwise the default value.</param>
    /// <returns><see langword="true"/> when the code is a listed currency.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        currency = code switch
        {
            "CNY" => CNY,
            "HKD" => Known.HKD,
            "MOP" => Known.MOP,
            "TWD" => Known.TWD,
            "USD" => Known.USD,
            "EUR" => Known.EUR,
            "GBP" => Known.GBP,
            "JPY" => Known.JPY,
            "KRW" => Known.KRW,
            "CHF" => Known.CHF,
            _ => default,
        };
        return currency._code is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal) && _minorDigits == other._minorDigits;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), _minorDigits);

    /// <summary>Returns the ISO 4217 code, e.g. "CNY".</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool IsIsoCode(string code) => code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    /// <summary>The listed currencies other than CNY, built on first use.</summary>
    private static class Known
    {
        internal static readonly Currency HKD = new("HKD", 2);
        internal static readonly Currency MOP = new("MOP", 2);
        internal static readonly Currency TWD = new("TWD", 2);
        internal static readonly Currency USD = new("USD", 2);
        internal static readonly Currency EUR = new("EUR", 2);
        internal static readonly Currency GBP = new("GBP", 2);
        internal static readonly Currency JPY = new("JPY", 0);
        internal static readonly Currency KRW = new("KRW", 0);
        internal static readonly Currency CHF = new("CHF", 2);
    }
}
