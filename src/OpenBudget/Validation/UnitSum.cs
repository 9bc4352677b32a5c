using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>
/// Works out a sum check's figures from a grid's whole units of 0.0001 (see <see cref="CellGrid"/>): the sum, the difference
/// and the rounding tolerance come out as the very decimals, scale included, that adding the printed decimals gives, with
/// integer arithmetic only.
/// </summary>
/// <remarks>
/// Adding decimals keeps the larger scale, so the sum has the largest scale of its printed terms (0 when all are blank), the
/// difference the larger of that and the stated figure's. The tolerance is half a unit of each printed figure's last digit,
/// counted here in units of 0.00005 (10^(4 − scale) each) and shown with one decimal more than the finest figure.
/// </remarks>
internal struct UnitSum
{
    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000];

    private readonly long _statedUnits;
    private readonly int _statedScale;
    private long _units;
    private long _halves;
    private int _termScale;
    private int _finest;

    /// <summary>Starts a sum compared with a stated figure.</summary>
    /// <param name="statedUnits">The stated figure in units of 0.0001 (zero when blank).</param>
    /// <param name="stated">The stated figure as printed, of at most four decimals.</param>
    public UnitSum(long statedUnits, Amount stated)
    {
        _statedUnits = statedUnits;
        _statedScale = stated.Scale;
        _finest = -1;
        Count(stated);
    }

    /// <summary>Gets the sum of the terms.</summary>
    public readonly decimal Sum => ToDecimal(_units / Powers[CellGrid.Decimals - _termScale], _termScale);

    /// <summary>Gets the stated figure minus the sum.</summary>
    public readonly decimal Difference
    {
        get
        {
            int scale = Math.Max(_statedScale, _termScale);
            return ToDecimal((_statedUnits - _units) / Powers[CellGrid.Decimals - scale], scale);
        }
    }

    /// <summary>Gets half a unit of the last printed digit of every printed figure, added up.</summary>
    public readonly decimal Tolerance => _finest < 0 ? 0m : ToDecimal(5 * _halves / Powers[CellGrid.Decimals - _finest], _finest + 1);

    /// <summary>Gets a value indicating whether the difference is within the tolerance.</summary>
    public readonly bool WithinTolerance => Math.Abs(_statedUnits - _units) <= _halves / 2;

    /// <summary>Adds a term.</summary>
    /// <param name="units">The term in units of 0.0001 (zero when blank).</param>
    /// <param name="term">The term as printed, of at most four decimals.</param>
    public void Add(long units, Amount term)
    {
        _units += units;
        if (!term.IsBlank && term.Scale > _termScale)
        {
            _termScale = term.Scale;
        }

        Count(term);
    }

    private void Count(Amount figure)
    {
        if (figure.IsBlank)
        {
            return;
        }

        int scale = figure.Scale;
        _halves += Powers[CellGrid.Decimals - scale];
        if (scale > _finest)
        {
            _finest = scale;
        }
    }

    private static decimal ToDecimal(long mantissa, int scale)
    {
        ulong magnitude = mantissa < 0 ? (ulong)-mantissa : (ulong)mantissa;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, mantissa < 0, (byte)scale);
    }
}
