using FsCheck;
using FsCheck.Fluent;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

using Money = OpenBudget.Money.Money;

/// <summary>Generators for amounts and money: budget-sized exact values and the whole range of decimal.</summary>
internal static class MoneyGenerators
{
    /// <summary>A 32-bit word with every bit pattern possible; first, as the generators below use it.</summary>
    private static Gen<int> Word { get; } =
        from high in Gen.Choose(0, 0xFFFF)
        from low in Gen.Choose(0, 0xFFFF)
        select (high << 16) | low;

    /// <summary>Budget-sized values: up to 10^15 in absolute value with 0 to 4 decimals, so sums of many stay exact.</summary>
    public static Gen<decimal> BudgetDecimal { get; } =
        from high in Gen.Choose(0, 999_999_999)
        from low in Gen.Choose(0, 999_999)
        from magnitude in Gen.Choose(0, 15)
        from scale in Gen.Choose(0, 4)
        from negative in Gen.Elements(false, true)
        let mantissa = ((long)high * 1_000_000 + low) % Pow10(magnitude + 1)
        select new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);

    /// <summary>Any decimal: any mantissa below 2^96 with any scale from 0 to 28, weighted towards short mantissas.</summary>
    public static Gen<decimal> AnyDecimal { get; } =
        from lo in Word
        from mid in Gen.Frequency((3, Gen.Constant(0)), (1, Word))
        from hi in Gen.Frequency((5, Gen.Constant(0)), (1, Word))
        from scale in Gen.Frequency((3, Gen.Choose(0, 4)), (1, Gen.Choose(0, 28)))
        from negative in Gen.Elements(false, true)
        select new decimal(lo, mid, hi, negative, (byte)scale);

    /// <summary>Any printed amount, blank one time in ten.</summary>
    public static Gen<Amount> AnyAmount { get; } =
        Gen.Frequency((1, Gen.Constant(Amount.Blank)), (9, AnyDecimal.Select(Amount.Of)));

    /// <summary>Any presentation unit.</summary>
    public static Gen<PresentationUnit> Unit { get; } =
        Gen.Elements(PresentationUnit.Yuan, PresentationUnit.TenThousandYuan, PresentationUnit.HundredMillionYuan);

    /// <summary>Budget-sized money in yuan.</summary>
    public static Gen<Money> Yuan { get; } = BudgetDecimal.Select(d => new Money(d, Currency.CNY));

    private static long Pow10(int n)
    {
        long r = 1;
        for (int i = 0; i < n; i++)
        {
            r *= 10;
        }

        return r;
    }
}
