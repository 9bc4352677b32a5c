using OpenBudget.Money;

namespace OpenBudget.Tests.Money;

public class AmountTests
{
    [Fact]
    public void Default_is_blank()
    {
        Assert.True(default(Amount).IsBlank);
        Assert.Equal(Amount.Blank, default);
    }

    [Fact]
    public void Blank_has_no_value()
    {
        Assert.Throws<InvalidOperationException>(() => Amount.Blank.Value);
    }

    [Fact]
    public void Blank_counts_as_zero_only_when_asked()
    {
        Assert.Equal(0m, Amount.Blank.ValueOrZero);
        Assert.Null(Amount.Blank.ToNullable());
    }

    [Fact]
    public void Blank_does_not_equal_zero()
    {
        Assert.NotEqual(Amount.Of(0m), Amount.Blank);
        Assert.True(Amount.Blank != Amount.Of(0.00m));
    }

    [Fact]
    public void Values_compare_by_number_whatever_their_scale()
    {
        Assert.Equal(Amount.Of(2.4m), Amount.Of(2.40m));
        Assert.Equal(Amount.Of(2.4m).GetHashCode(), Amount.Of(2.40m).GetHashCode());
    }

    [Fact]
    public void Equal_values_keep_their_own_scale()
    {
        Assert.NotEqual(Amount.Of(2.4m).Scale, Amount.Of(2.40m).Scale);
    }

    [Fact]
    public void Implicit_conversion_from_decimal_keeps_the_scale()
    {
        Amount amount = 5590.760m;
        Assert.Equal(3, amount.Scale);
    }

    [Fact]
    public void Nullable_round_trips()
    {
        Assert.Equal(Amount.Blank, Amount.FromNullable(null));
        Assert.Equal(12.5m, Amount.FromNullable(12.5m).ToNullable());
    }

    [Fact]
    public void Blank_sorts_before_every_value()
    {
        Amount[] sorted = [Amount.Of(1m), Amount.Blank, Amount.Of(-1000m), Amount.Of(0m)];
        Array.Sort(sorted);
        Assert.Equal([Amount.Blank, Amount.Of(-1000m), Amount.Of(0m), Amount.Of(1m)], sorted);
    }

    [Fact]
    public void Operators_order_values()
    {
        Assert.True(Amount.Of(1m) < Amount.Of(2m));
        Assert.True(Amount.Of(2m) > Amount.Of(1m));
        Assert.True(Amount.Of(2.0m) <= Amount.Of(2m));
        Assert.True(Amount.Of(2m) >= Amount.Blank);
    }

    [Fact]
    public void Non_generic_compare_rejects_other_types()
    {
        Assert.Throws<ArgumentException>(() => Amount.Of(1m).CompareTo("1"));
        Assert.True(Amount.Blank.CompareTo(null) > 0);
    }
}
