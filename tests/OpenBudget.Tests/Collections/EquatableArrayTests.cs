using OpenBudget.Collections;

namespace OpenBudget.Tests.Collections;

public class EquatableArrayTests
{
    [Fact]
    public void The_default_value_is_empty_everywhere()
    {
        EquatableArray<string> empty = default;
        int count = empty.Count;
        Assert.True(count == 0, $"count {count}");
        Assert.True(empty.IsEmpty);
        Assert.True(empty.AsSpan().IsEmpty);
        Assert.Empty(empty.AsImmutableArray());
        int seen = 0;
        foreach (string item in empty)
        {
            seen++;
        }

        Assert.Equal(0, seen);
        Assert.Equal(new EquatableArray<string>([]), empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => empty[0]);
    }

    [Fact]
    public void Indexer_span_and_enumerator_give_the_elements_in_order()
    {
        EquatableArray<string> items = ["a", "b", "c"];
        Assert.Equal(("a", "c"), (items[0], items[2]));
        Assert.Equal(["a", "b", "c"], items.AsSpan().ToArray());
        var walked = new List<string>();
        foreach (string item in items)
        {
            walked.Add(item);
        }

        Assert.Equal(["a", "b", "c"], walked);
        Assert.Equal(["a", "b", "c"], items.ToList());
        Assert.Throws<IndexOutOfRangeException>(() => items[3]);
    }

    [Fact]
    public void Arrays_compare_and_hash_by_their_elements()
    {
        EquatableArray<string> one = ["a", "b"];
        EquatableArray<string> other = ["a", "b"];
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, ["a", "c"]);
    }
}
