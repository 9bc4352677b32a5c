using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class AmountProperties
{
    [Property]
    public Property Parse_of_format_gives_back_the_amount_and_its_scale() =>
        Prop.ForAll(MoneyGenerators.AnyAmount.ToArbitrary(), amount =>
        {
            Amount read = Amount.Parse(amount.ToString());
            return read == amount && read.Scale == amount.Scale && read.IsBlank == amount.IsBlank;
        });

    [Property]
    public Property Parse_of_plain_format_gives_back_the_amount_and_its_scale() =>
        Prop.ForAll(MoneyGenerators.AnyDecimal.ToArbitrary(), value =>
        {
            Amount read = Amount.Parse(Amount.Of(value).ToString("F", null));
            return read.Value == value && read.Scale == value.Scale;
        });

    [Property]
    public Property Format_agrees_with_decimal_formatting() =>
        Prop.ForAll(MoneyGenerators.AnyDecimal.ToArbitrary(), value =>
            Amount.Of(value).ToString("F", null) == value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && Amount.Of(value).ToString().Replace(",", "", StringComparison.Ordinal) == value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Property]
    public Property Full_width_text_reads_like_ascii() =>
        Prop.ForAll(MoneyGenerators.AnyDecimal.ToArbitrary(), value =>
        {
            string ascii = Amount.Of(value).ToString();
            string fullWidth = new([.. ascii.Select(c => c switch
            {
                >= '0' and <= '9' => (char)(c - '0' + '０'),
                ',' => '，',
                '.' => '．',
                '-' => '－',
                _ => c,
            })]);
            Amount read = Amount.Parse(fullWidth);
            return read.Value == value && read.Scale == value.Scale;
        });

    [Property]
    public Property Blank_never_equals_any_value() =>
        Prop.ForAll(MoneyGenerators.AnyDecimal.ToArbitrary(), value =>
            Amount.Blank != Amount.Of(value) && !Amount.Of(value).Equals(Amount.Blank) && Amount.Blank < Amount.Of(value));

    [Property]
    public Property Equality_and_ordering_follow_the_number() =>
        Prop.ForAll(MoneyGenerators.AnyDecimal.ToArbitrary(), MoneyGenerators.AnyDecimal.ToArbitrary(), (a, b) =>
            (Amount.Of(a) == Amount.Of(b)) == (a == b) && Math.Sign(Amount.Of(a).CompareTo(Amount.Of(b))) == Math.Sign(a.CompareTo(b)));
}
