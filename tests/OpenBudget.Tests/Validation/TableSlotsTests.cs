using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>The per-table objects a validation run reuses are made once, forgotten between runs, and let go when too large.</summary>
public class TableSlotsTests
{
    private sealed class Box
    {
        public int Value { get; set; }
    }

    [Fact]
    public void A_slot_is_made_once_and_empty_until_set()
    {
        var slots = new TableSlots<Box>();
        Box first = slots.Get(3, out var state);
        Assert.Equal(TableSlots<Box>.SlotState.Empty, state);
        slots.Set(3, TableSlots<Box>.SlotState.Filled);
        Assert.Same(first, slots.Get(3, out state));
        Assert.Equal(TableSlots<Box>.SlotState.Filled, state);
    }

    [Fact]
    public void Slots_beyond_the_first_sixteen_tables_grow()
    {
        var slots = new TableSlots<Box>();
        slots.Get(40, out _).Value = 7;
        slots.Set(40, TableSlots<Box>.SlotState.Unfit);
        Assert.Equal(7, slots.Get(40, out var state).Value);
        Assert.Equal(TableSlots<Box>.SlotState.Unfit, state);
    }

    [Fact]
    public void A_new_run_forgets_the_states_and_lets_filled_objects_forget_their_contents()
    {
        var slots = new TableSlots<Box>();
        slots.Get(0, out _).Value = 1;
        slots.Set(0, TableSlots<Box>.SlotState.Filled);
        slots.Get(1, out _).Value = 2;
        slots.Reset(box => box.Value = 0);
        Assert.Equal(0, slots.Get(0, out var state).Value);
        Assert.Equal(TableSlots<Box>.SlotState.Empty, state);
        Assert.Equal(2, slots.Get(1, out _).Value);
    }

    [Fact]
    public void Objects_too_large_to_keep_are_let_go()
    {
        var slots = new TableSlots<Box>();
        Box large = slots.Get(0, out _);
        large.Value = 100;
        Box small = slots.Get(1, out _);
        slots.Drop(box => box.Value > 50);
        Assert.NotSame(large, slots.Get(0, out _));
        Assert.Same(small, slots.Get(1, out _));
    }
}
