namespace OpenBudget.Money;

/// <summary>LINQ-style sums of <see cref="Money"/>.</summary>
public static class MoneyEnumerable
{
    /// <summary>Adds sums of money in one currency, exactly and in any order.</summary>
    /// <param name="values">The sums; at least one, all in the same currency.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="values"/> is empty, so its currency is unknown; use <see cref="Sum(IEnumerable{Money}, Currency)"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The sums are in different currencies.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money Sum(this IEnumerable<Money> values) => Money.Sum(values);

    /// <summary>Adds sums of money in a currency, exactly and in any order; no sums give zero in that currency.</summary>
    /// <param name="values">The sums, all in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the sums and of the total.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="CurrencyMismatchException">A sum is in another currency.</exception>
    /// <exception cref="OverflowException">The total is too large for a decimal.</exception>
    public static Money Sum(this IEnumerable<Money> values, Currency currency) => Money.Sum(values, currency);
}
