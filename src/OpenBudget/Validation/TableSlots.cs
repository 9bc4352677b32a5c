namespace OpenBudget.Validation;

/// <summary>One reusable object per table index, kept between runs, and what became of it in the current run.</summary>
/// <typeparam name="T">What is made per table: a grid of its amounts, a list of its project rows.</typeparam>
internal sealed class TableSlots<T>
    where T : class, new()
{
    private T?[] _items = new T?[16];
    private SlotState[] _states = new SlotState[16];

    /// <summary>What became of a table's slot in the current run.</summary>
    public enum SlotState : byte
    {
        /// <summary>Not filled yet in this run.</summary>
        Empty,

        /// <summary>Filled from the table and ready to read.</summary>
        Filled,

        /// <summary>Tried, and the table does not fit: not to be read.</summary>
        Unfit,
    }

    /// <summary>Gets a table's object, made on first use, and what became of it in this run.</summary>
    public T Get(int index, out SlotState state)
    {
        if (index >= _states.Length)
        {
            int size = Math.Max(index + 1, _states.Length * 2);
            Array.Resize(ref _items, size);
            Array.Resize(ref _states, size);
        }

        state = _states[index];
        return _items[index] ??= new T();
    }

    /// <summary>Records what became of a table's object in this run.</summary>
    public void Set(int index, SlotState state) => _states[index] = state;

    /// <summary>Starts a new run: forgets what became of each slot, letting each object filled in the last run forget what it holds.</summary>
    public void Reset(Action<T>? forget = null)
    {
        for (int i = 0; i < _states.Length; i++)
        {
            if (_states[i] != SlotState.Empty && _items[i] is { } item)
            {
                forget?.Invoke(item);
            }
        }

        Array.Clear(_states);
    }

    /// <summary>Lets go of the objects that grew too large to keep for the next run.</summary>
    public void Drop(Func<T, bool> tooLarge)
    {
        for (int i = 0; i < _items.Length; i++)
        {
            if (_items[i] is { } item && tooLarge(item))
            {
                _items[i] = null;
            }
        }
    }
}
