using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OpenBudget.Collections;

/// <summary>An immutable array that compares by its elements, so that records holding lists compare by value; the default value is empty.</summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Initializes a new instance of the <see cref="EquatableArray{T}"/> struct.</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Gets the number of elements.</summary>
    public int Count => ImmutableCollectionsMarshal.AsArray(_items) is { } items ? items.Length : 0;

    /// <summary>Gets a value indicating whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the elements as an immutable array (never default).</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Gets the element at an index.</summary>
    /// <param name="index">The index.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside a non-empty array.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The array is empty.</exception>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (ImmutableCollectionsMarshal.AsArray(_items) ?? EquatableArray.ThrowOutOfRange<T>())[index];
    }

    /// <summary>Gets the elements as a read-only span (empty for the default value).</summary>
    /// <returns>The span.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<T> AsSpan() => ImmutableCollectionsMarshal.AsArray(_items);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps a copy of an array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[]? items) => items is null ? default : new(ImmutableArray.Create(items));

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
        => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(ImmutableCollectionsMarshal.AsArray(_items));

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"[{Count} items]";

    /// <summary>Walks the elements without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[]? _items;
        private int _index;

        internal Enumerator(T[]? items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>Gets the element at the current position.</summary>
        public readonly T Current => _items![_index];

        /// <summary>Moves to the next element.</summary>
        /// <returns><see langword="true"/> when there is one.</returns>
        public bool MoveNext() => _items is not null && ++_index < _items.Length;
    }
}
