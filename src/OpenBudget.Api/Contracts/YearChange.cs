namespace OpenBudget.Api.Contracts;

/// <summary>One amount in two years and how it changed, in 万元; absent values are blanks (the year is missing, or nothing was printed).</summary>
/// <param name="From">The amount in the earlier year of the comparison.</param>
/// <param name="To">The amount in the later year.</param>
/// <param name="Change">To − from, exactly; absent unless both are present.</param>
/// <param name="RatePercent">Change ÷ from × 100, rounded half away from zero (四舍五入) to 2 decimals; absent unless both are present and from is not zero.</param>
public sealed record YearChange(decimal? From, decimal? To, decimal? Change, decimal? RatePercent)
{
    /// <summary>Compares two amounts.</summary>
    /// <param name="from">The earlier amount, or <see langword="null"/>.</param>
    /// <param name="to">The later amount, or <see langword="null"/>.</param>
    /// <returns>The change.</returns>
    public static YearChange Of(decimal? from, decimal? to)
    {
        if (from is not decimal before || to is not decimal after)
        {
            return new YearChange(from, to, null, null);
        }

        decimal change = after - before;
        decimal? rate = before == 0m ? null : Math.Round(change * 100m / before, 2, MidpointRounding.AwayFromZero);
        return new YearChange(before, after, change, rate);
    }
}
