using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>A sum worked out in a grid's whole units gives the same figures, scale included, as adding the printed decimals.</summary>
public class UnitSumProperties
{
    /// <summary>A printed figure of up to four decimals (trailing zeros kept), or a blank cell.</summary>
    private static readonly Gen<Amount> Figure = Gen.Frequency(
        (1, Gen.Constant(Amount.Blank)),
        (6, Gen.Choose(-2_000_000, 2_000_000).Zip(Gen.Choose(0, CellGrid.Decimals))
            .Select(p => Amount.Of(new decimal(Math.Abs(p.Item1), 0, 0, p.Item1 < 0, (byte)p.Item2)))));

    [Property(MaxTest = 2000)]
    public Property Figures_are_those_of_the_printed_decimals()
        => Prop.ForAll(
            Figure.ToArbitrary(),
            Gen.Choose(0, 15).SelectMany(n => Figure.ArrayOf(n)).ToArbitrary(),
            (stated, terms) =>
            {
                // The decimal reading, as a sum check adds it up.
                decimal sum = 0m;
                decimal tolerance = ValidationContext.HalfUnit(stated);
                foreach (Amount term in terms)
                {
                    sum += term.ValueOrZero;
                    tolerance += ValidationContext.HalfUnit(term);
                }

                decimal difference = stated.ValueOrZero - sum;
                var units = new UnitSum(Units(stated), stated);
                foreach (Amount term in terms)
                {
                    units.Add(Units(term), term);
                }

                return (Same(sum, units.Sum) && Same(difference, units.Difference) && Same(tolerance, units.Tolerance)
                        && (Math.Abs(difference) <= tolerance) == units.WithinTolerance)
                    .Label($"stated {stated}, terms [{string.Join(", ", terms)}]: sum {sum}/{units.Sum}, difference {difference}/{units.Difference}, tolerance {tolerance}/{units.Tolerance}");
            });

    [Fact]
    public void A_difference_equal_to_the_tolerance_is_within_it_and_one_unit_more_is_not()
    {
        // 1.0 against 0.9: the difference 0.1 is the tolerance 0.05 + 0.05 exactly; against 0.8 it is twice it.
        var met = new UnitSum(10_000, Amount.Of(1.0m));
        met.Add(9_000, Amount.Of(0.9m));
        Assert.Equal((0.1m, 0.10m, true), (met.Difference, met.Tolerance, met.WithinTolerance));
        var beyond = new UnitSum(10_000, Amount.Of(1.0m));
        beyond.Add(8_000, Amount.Of(0.8m));
        Assert.Equal((0.2m, false), (beyond.Difference, beyond.WithinTolerance));
    }

    [Fact]
    public void Blank_figures_add_nothing_and_allow_nothing()
    {
        var units = new UnitSum(0, Amount.Blank);
        units.Add(0, Amount.Blank);
        Assert.Equal((0, 0, 0), (units.Sum.Scale, units.Difference.Scale, units.Tolerance.Scale));
        Assert.True(units.WithinTolerance);
    }

    private static long Units(Amount amount)
    {
        Assert.True(CellGrid.TryUnits(amount.ValueOrZero, long.MaxValue / 32, out long units));
        return units;
    }

    private static bool Same(decimal expected, decimal actual) => expected == actual && expected.Scale == actual.Scale;
}
