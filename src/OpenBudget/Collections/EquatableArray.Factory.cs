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

    /// <summary>Throws for an index into an empty array (the default value), kept out of the indexer so that it inlines.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static T[] ThrowOutOfRange<T>() => throw new ArgumentOutOfRangeException("index", "The array is empty.");
}
