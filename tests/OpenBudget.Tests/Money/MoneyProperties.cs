using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

using Money = OpenBudget.Money.Money;

public class MoneyProperties
{
    private static readonly Arbitrary<Money> Yuan = MoneyGenerators.Yuan.ToArbitrary();

    [Property]
    public Property Addition_is_exact() =>
        Prop.ForAll(Yuan, Yuan, (a, b) => Scaled(a + b) == Scaled(a) + Scaled(b) && (a + b - b) == a);

    [Property]
    public Property Addition_is_commutative() =>
        Prop.ForAll(Yuan, Yuan, (a, b) => a + b == b + a);

    [Property]
    public Property Addition_is_associative() =>
        Prop.ForAll(Yuan, Yuan, Yuan, (a, b, c) => (a + b) + c == a + (b + c));

    [Property]
    public Property Sum_does_not_depend_on_order() =>
        Prop.ForAll(
            (from values in Gen.ListOf(MoneyGenerators.Yuan)
             from shuffled in Gen.Shuffle(values.ToArray())
             select (values, shuffled)).ToArbitrary(),
            pair => Money.Sum(pair.values, Currency.CNY) == pair.shuffled.Sum(Currency.CNY)
                && Scaled(Money.Sum(pair.values, Currency.CNY)) == pair.values.Aggregate(BigInteger.Zero, (t, m) => t + Scaled(m)));

    [Property]
    public Property Negation_is_subtraction_from_zero() =>
        Prop.ForAll(Yuan, a => -a == Money.Zero(Currency.CNY) - a && a + -a == Money.Zero(Currency.CNY));

    [Property]
    public Property Presentation_round_trips_exactly_keeping_the_scale() =>
        Prop.ForAll(MoneyGenerators.BudgetDecimal.ToArbitrary(), MoneyGenerators.Unit.ToArbitrary(), (value, unit) =>
        {
            decimal back = Money.FromPresentation(value, unit, Currency.CNY).ToPresentation(unit);
            return back == value && back.Scale == value.Scale;
        });

    [Property]
    public Property Presented_amount_text_round_trips_in_every_unit() =>
        Prop.ForAll(MoneyGenerators.AnyAmount.ToArbitrary(), MoneyGenerators.Unit.ToArbitrary(), (amount, unit) =>
        {
            PresentedAmount presented = new(amount, unit);
            PresentedAmount read = PresentedAmount.Parse(presented.ToString());
            return read == presented && read.Amount.Scale == amount.Scale && read.Amount.IsBlank == amount.IsBlank;
        });

    [Property]
    public Property Printed_figure_reads_back_as_printed_in_every_unit() =>
        Prop.ForAll(Yuan, MoneyGenerators.Unit.ToArbitrary(), (money, unit) =>
        {
            PresentedAmount printed = money.ToPresentedAmount(unit, 2, MidpointRounding.AwayFromZero);
            Amount read = Amount.Parse(money.Format(unit, 2, MidpointRounding.AwayFromZero));
            return read == printed.Amount && read.Scale == 2 && PresentedAmount.Parse(printed.ToString()) == printed;
        });

    [Property]
    public Property Rounding_error_is_at_most_half_a_unit_in_the_last_place() =>
        Prop.ForAll(Yuan, money =>
            Math.Abs((money.RoundHalfAwayFromZero(2) - money).Amount) <= 0.005m
            && Math.Abs((money.RoundHalfToEven(2) - money).Amount) <= 0.005m);

    [Property]
    public Property Blank_never_equals_zero_in_any_unit() =>
        Prop.ForAll(MoneyGenerators.Unit.ToArbitrary(), Gen.Choose(0, 28).ToArbitrary(), (unit, scale) =>
            new PresentedAmount(Amount.Blank, unit) != new PresentedAmount(new decimal(0, 0, 0, false, (byte)scale), unit)
            && Amount.Blank != Amount.Of(new decimal(0, 0, 0, false, (byte)scale)));

    private static BigInteger Scaled(Money money) => new(money.Amount * 10_000m);
}
