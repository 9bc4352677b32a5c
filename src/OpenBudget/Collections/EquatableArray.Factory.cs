using System.Collections.Immutable;

namespace OpenBudget.Collections;

/// <summary>Creates <see cref="EquatableArray{T}"/> values, including from collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from a span (used by collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}
