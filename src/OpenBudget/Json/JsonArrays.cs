using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Collections;

namespace OpenBudget.Json;

/// <summary>Reads JSON arrays into <see cref="EquatableArray{T}"/> values in one pass, with a pooled buffer and one exact-size copy.</summary>
internal static class JsonArrays
{
    private const int FirstCapacity = 16;

    /// <summary>Reads one element at the reader's current token, leaving the reader on the element's last token.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    internal delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Reads an array-valued property with the converter the options register for it, as the generated reader would.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="options">The options the document is read with.</param>
    /// <returns>A reader of the property's value, null refused as the converter refuses it.</returns>
    internal static ElementReader<EquatableArray<T>> PropertyReader<T>(JsonSerializerOptions options)
    {
        var converter = (JsonConverter<EquatableArray<T>>)options.GetTypeInfo(typeof(EquatableArray<T>)).Converter;
        return (ref Utf8JsonReader reader) => converter.Read(ref reader, typeof(EquatableArray<T>), options);
    }

    /// <summary>Reads an array whose elements may not be null.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader, on the array's start.</param>
    /// <param name="readElement">Reads one element.</param>
    /// <param name="expectation">What the array is, for the error when the token is not an array.</param>
    /// <param name="elementExpectation">What an element is, for the error when an element is null.</param>
    /// <returns>The elements.</returns>
    /// <exception cref="JsonException">The token is not an array, or an element is null or unreadable.</exception>
    internal static EquatableArray<T> Read<T>(ref Utf8JsonReader reader, ElementReader<T> readElement, string expectation, string elementExpectation)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected {expectation}, found {JsonTokens.Describe(ref reader)}.");
        }

        T[] buffer = ArrayPool<T>.Shared.Rent(FirstCapacity);
        int count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new JsonException($"Expected {elementExpectation}, found null.");
                }

                T item = readElement(ref reader);
                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    Return(buffer, count);
                    buffer = larger;
                }

                buffer[count++] = item;
            }

            return count == 0
                ? new EquatableArray<T>(ImmutableArray<T>.Empty)
                : new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray()));
        }
        finally
        {
            Return(buffer, count);
        }
    }

    /// <summary>Returns a buffer to the pool, clearing the elements this read stored so that the pool holds no reference into the model; clearing the whole buffer would cost more than reading a short array.</summary>
    private static void Return<T>(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }
}
