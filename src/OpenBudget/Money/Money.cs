using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace OpenBudget.Money;

/// <summary>An exact sum of money (金额): a <see cref="decimal"/> amount in the currency's main unit (yuan for CNY) and its <see cref="Currency"/>.</summary>
/// <remarks>
/// <para>In the spirit of NodaMoney. Nothing rounds unless asked: the amount keeps every decimal it is given, and
/// <see cref="Round(int, MidpointRounding)"/>, <see cref="RoundHalfAwayFromZero(int)"/> (四舍五入) and
/// <see cref="RoundHalfToEven(int)"/> are the only rounding. Addition, subtraction and multiplication are exact
/// <see cref="decimal"/> arithmetic while the result fits 28 significant digits, far beyond any budget; an overflow throws.</para>
/// <para>Money in different currencies does not mix: arithmetic, comparison and sums throw <see cref="CurrencyMismatchException"/>;
/// equality simply says <see langword="false"/>. Equality is by number, so CNY 2.4 equals CNY 2.40.</para>
/// <para>The default value is zero in the "no currency" <see cref="Currency"/> (XXX); use <see cref="Zero(Currency)"/>.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>Initializes a new instance of the <see cref="Money"/> struct, keeping the amount exactly as given.</summary>
    /// <param name="amount">The amount in the currency's main unit (元 for CNY), not in 万元.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the exact amount in the currency's main unit (元 for CNY).</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Adds two sums of money in the same currency, exactly.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The total.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right);

    /// <summary>Subtracts money from money in the same currency, exactly.</summary>
    /// <param name="left">The sum to subtract from.</param>
    /// <param name="right">The sum to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is too large for a decimal.</exception>
    public static Money operator -(Money left, Money right) => Subtract(left, right);

    /// <summary>Negates a sum of money.</summary>
    /// <param name="value">The sum.</param>
    /// <returns>The sum with the opposite sign.</returns>
    public static Money operator -(Money value) => Negate(value);

    /// <summary>Returns a sum of money unchanged.</summary>
    /// <param name="value">The sum.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies money by a number, exactly (to 28 significant digits), without rounding to cents.</summary>
    /// <param name="left">The sum.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is too large for a decimal.</exception>
    public static Money operator *(Money left, decimal right) => Multiply(left, right);

    /// <summary>Multiplies money by a number, exactly (to 28 significant digits), without rounding to cents.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The sum.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is too large for a decimal.</exception>
    public static Money operator *(decimal left, Money right) => Multiply(right, left);

    /// <summary>Divides money by a number, to the 28 significant digits of a decimal and without rounding to cents; round the result explicitly.</summary>
    /// <param name="left">The sum.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is too large for a decimal.</exception>
    public static Money operator /(Money left, decimal right) => Divide(left, right);

    /// <summary>Compares two sums of money: the same currency and the same number (CNY 2.4 equals CNY 2.40).</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when equal; <see langword="false"/> when the currencies differ.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two sums of money: the same currency and the same number.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when they differ in currency or number.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Orders two sums of money in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Orders two sums of money in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is more.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Orders two sums of money in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not more.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two sums of money in the same currency.</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not less.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Gets zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero, with no decimals.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Converts an amount printed in a unit to money, exactly: 5,590.76 万元 is 55,907,600.00 元.</summary>
    /// <param name="value">The amount as printed, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit it is printed in.</param>
    /// <param name="currency">The currency, usually <see cref="Currency.CNY"/>.</param>
    /// <returns>The money in the currency's main unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    /// <exception cref="OverflowException">The amount in yuan is too large for a decimal.</exception>
    public static Money FromPresentation(decimal value, PresentationUnit unit, Currency currency)
        => new(value * PresentationUnits.Factor(unit), currency);

    /// <summary>Converts an amount printed with its unit to money, exactly: "5,590.76万元" is 55,907,600.00 元.</summary>
    /// <param name="value">The amount and its unit.</param>
    /// <param name="currency">The currency, usually <see cref="Currency.CNY"/>.</param>
    /// <returns>The money in the currency's main unit.</returns>
    /// <exception cref="InvalidOperationException">The amount is blank.</exception>
    /// <exception cref="OverflowException">The amount in yuan is too large for a decimal.</exception>
    public static Money FromPresentation(PresentedAmount value, Currency currency) => value.ToMoney(currency);

    /// <summary>Adds sums of money in one currency, exactly and in any order.</summary>
    /// <param name="values">The sums; at least one, all in the same currency.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="values"/> is empty, so its currency is unknown; use <see cref="Sum(IEnumerable{Money}, Currency)"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The sums are in different currencies.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money Sum(IEnumerable<Money> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using IEnumerator<Money> e = values.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new InvalidOperationException("Cannot sum no money without knowing its currency: use Money.Sum(values, currency), which gives zero in that currency.");
        }

        Currency currency = e.Current.Currency;
        decimal total = e.Current.Amount;
        while (e.MoveNext())
        {
            total += SameCurrency(currency, e.Current, "sum").Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>Adds sums of money in a currency, exactly and in any order; no sums give zero in that currency.</summary>
    /// <param name="values">The sums, all in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the sums and of the total.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="CurrencyMismatchException">A sum is in another currency.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is Money[] array)
        {
            return Sum(array.AsSpan(), currency);
        }

        if (values is List<Money> list)
        {
            return Sum(CollectionsMarshal.AsSpan(list), currency);
        }

        decimal total = 0m;
        foreach (Money value in values)
        {
            total += SameCurrency(currency, value, "sum").Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>Adds two sums of money in the same currency, exactly (the named form of <c>+</c>).</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>The total.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money Add(Money left, Money right)
        => new(left.Amount + SameCurrency(left.Currency, right, "add").Amount, left.Currency);

    /// <summary>Subtracts money from money in the same currency, exactly (the named form of <c>-</c>).</summary>
    /// <param name="left">The sum to subtract from.</param>
    /// <param name="right">The sum to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is too large for a decimal.</exception>
    public static Money Subtract(Money left, Money right)
        => new(left.Amount - SameCurrency(left.Currency, right, "subtract").Amount, left.Currency);

    /// <summary>Negates a sum of money (the named form of unary <c>-</c>).</summary>
    /// <param name="value">The sum.</param>
    /// <returns>The sum with the opposite sign.</returns>
    public static Money Negate(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies money by a number (the named form of <c>*</c>), without rounding to cents.</summary>
    /// <param name="value">The sum.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is too large for a decimal.</exception>
    public static Money Multiply(Money value, decimal factor) => new(value.Amount * factor, value.Currency);

    /// <summary>Divides money by a number (the named form of <c>/</c>), to the 28 significant digits of a decimal; round the result explicitly.</summary>
    /// <param name="value">The sum.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is too large for a decimal.</exception>
    public static Money Divide(Money value, decimal divisor) => new(value.Amount / divisor, value.Currency);

    /// <summary>Gets the amount in a presentation unit, exactly and without rounding: 55,907,600.00 元 is 5,590.76 万元.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The amount in <paramref name="unit"/>, with as many decimals as exactness needs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    /// <exception cref="ArithmeticException">The exact amount in <paramref name="unit"/> needs more than the 28 decimals a decimal keeps.</exception>
    public decimal ToPresentation(PresentationUnit unit)
    {
        decimal factor = PresentationUnits.Factor(unit);
        decimal value = Amount / factor;
        return value * factor == Amount
            ? value
            : throw new ArithmeticException($"{this} in {PresentationUnits.Symbol(unit)} needs more than 28 decimals, so it cannot be given exactly.");
    }

    /// <summary>Gets the amount a table in a unit would print: converted exactly, then rounded once, explicitly, to a number of decimals.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="decimals">The decimals to print, 0 to 28 (2 in most disclosures).</param>
    /// <param name="mode">How to round a midpoint; <see cref="MidpointRounding.AwayFromZero"/> is 四舍五入.</param>
    /// <returns>The amount with exactly <paramref name="decimals"/> decimals, and its unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit, or <paramref name="decimals"/> is not between 0 and 28.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="MidpointRounding"/> value.</exception>
    public PresentedAmount ToPresentedAmount(PresentationUnit unit, int decimals, MidpointRounding mode)
    {
        ThrowIfBadDecimals(decimals);
        decimal rounded = decimal.Round(ToPresentation(unit), decimals, mode);
        return new PresentedAmount(OpenBudget.Money.Amount.Of(WithScale(rounded, decimals)), unit);
    }

    /// <summary>Writes the amount a table in a unit would print, without the unit: "5,590.76" for 55,907,600 元 in 万元 to 2 decimals.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="decimals">The decimals to print, 0 to 28 (2 in most disclosures).</param>
    /// <param name="mode">How to round a midpoint; <see cref="MidpointRounding.AwayFromZero"/> is 四舍五入.</param>
    /// <returns>The number with thousands separators and exactly <paramref name="decimals"/> decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit, or <paramref name="decimals"/> is not between 0 and 28.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="MidpointRounding"/> value.</exception>
    public string Format(PresentationUnit unit, int decimals, MidpointRounding mode) => ToPresentedAmount(unit, decimals, mode).Amount.ToString();

    /// <summary>Rounds to a number of decimals with a named midpoint rule; the only kind of rounding money does.</summary>
    /// <param name="decimals">The decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round a midpoint.</param>
    /// <returns>The rounded sum, in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not between 0 and 28.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a <see cref="MidpointRounding"/> value.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        ThrowIfBadDecimals(decimals);
        return new Money(decimal.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>Rounds half away from zero (四舍五入), as Chinese finance rounds: 0.125 gives 0.13 and -0.125 gives -0.13.</summary>
    /// <param name="decimals">The decimals to keep, 0 to 28.</param>
    /// <returns>The rounded sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not between 0 and 28.</exception>
    public Money RoundHalfAwayFromZero(int decimals) => Round(decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds half to even (banker's rounding, 四舍六入五成双): 0.125 gives 0.12 and 0.135 gives 0.14.</summary>
    /// <param name="decimals">The decimals to keep, 0 to 28.</param>
    /// <returns>The rounded sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not between 0 and 28.</exception>
    public Money RoundHalfToEven(int decimals) => Round(decimals, MidpointRounding.ToEven);

    /// <summary>Compares with another sum of money: the same currency and the same number (CNY 2.4 equals CNY 2.40).</summary>
    /// <param name="other">The other sum.</param>
    /// <returns><see langword="true"/> when equal; <see langword="false"/> when the currencies differ.</returns>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Orders sums of money in the same currency by amount.</summary>
    /// <param name="other">The other sum.</param>
    /// <returns>Less than zero, zero, or more than zero as this sum is less than, equal to or more than <paramref name="other"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other) => Amount.CompareTo(SameCurrency(Currency, other, "compare").Amount);

    /// <summary>Orders sums of money in the same currency by amount; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A <see cref="Money"/> or <see langword="null"/>.</param>
    /// <returns>Less than zero, zero, or more than zero as this sum is less than, equal to or more than <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not <see cref="Money"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Expected {nameof(Money)}, found {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Writes the currency code and the amount with thousands separators and at least the currency's minor digits: "CNY 55,907,600.00".</summary>
    /// <returns>The text; it never rounds (CNY 2.345 writes "CNY 2.345").</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Writes the currency code, a space and the amount, with the invariant culture. "G" (or none) groups thousands and shows
    /// the amount's own decimals, padded to the currency's minor digits ("CNY 2.40"); other formats are those of
    /// <see cref="OpenBudget.Money.Amount"/> ("N", "F", "N2", …).
    /// </summary>
    /// <param name="format">The format, or <see langword="null"/> for "G".</param>
    /// <param name="formatProvider">Ignored: money is always written with the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format for <see cref="decimal"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormat(buffer, out int written, format, formatProvider)
            ? new string(buffer[..written])
            : string.Concat(Currency.Code, " ", OpenBudget.Money.Amount.Of(Amount).ToString(format, formatProvider));
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format; empty for "G".</param>
    /// <param name="provider">Ignored: money is always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string code = Currency.Code;
        charsWritten = 0;
        if (destination.Length < code.Length + 1)
        {
            return false;
        }

        code.CopyTo(destination);
        destination[code.Length] = ' ';
        if (!DisplayAmount(format, out ReadOnlySpan<char> amountFormat).TryFormat(destination[(code.Length + 1)..], out int written, amountFormat, provider))
        {
            return false;
        }

        charsWritten = code.Length + 1 + written;
        return true;
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format; empty for "G".</param>
    /// <param name="provider">Ignored: money is always written with the invariant culture.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string code = Currency.Code;
        bytesWritten = 0;
        if (utf8Destination.Length < code.Length + 1)
        {
            return false;
        }

        for (int i = 0; i < code.Length; i++)
        {
            utf8Destination[i] = (byte)code[i];
        }

        utf8Destination[code.Length] = (byte)' ';
        if (!DisplayAmount(format, out ReadOnlySpan<char> amountFormat).TryFormat(utf8Destination[(code.Length + 1)..], out int written, amountFormat, provider))
        {
            return false;
        }

        bytesWritten = code.Length + 1 + written;
        return true;
    }

    private static Money Sum(ReadOnlySpan<Money> values, Currency currency)
    {
        decimal total = 0m;
        foreach (Money value in values)
        {
            total += SameCurrency(currency, value, "sum").Amount;
        }

        return new Money(total, currency);
    }

    private static Money SameCurrency(Currency expected, Money value, string operation)
        => value.Currency == expected ? value : throw new CurrencyMismatchException(expected, value.Currency, operation);

    private static void ThrowIfBadDecimals(int decimals, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(decimals))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28, paramName);
    }

    /// <summary>Adds trailing zeros up to <paramref name="scale"/> decimals, which never changes the value.</summary>
    private static decimal WithScale(decimal value, int scale)
        => value.Scale >= scale ? value : value + new decimal(0, 0, 0, false, (byte)scale);

    private Amount DisplayAmount(ReadOnlySpan<char> format, out ReadOnlySpan<char> amountFormat)
    {
        if (format.IsEmpty || format is "G" or "g")
        {
            amountFormat = default;
            return OpenBudget.Money.Amount.Of(WithScale(Amount, Currency.MinorDigits));
        }

        amountFormat = format;
        return OpenBudget.Money.Amount.Of(Amount);
    }
}
