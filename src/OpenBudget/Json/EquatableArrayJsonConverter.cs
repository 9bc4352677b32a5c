using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Collections;

namespace OpenBudget.Json;

/// <summary>Reads and writes an <see cref="EquatableArray{T}"/> as a JSON array with the source-generated converter of its elements.</summary>
/// <remarks>
/// Elements are read with the element converter on the same reader, so the document is scanned once and an error keeps its
/// line and position in the whole document; <see cref="OpenBudgetJson"/> rebuilds the full JSON path from that position.
/// Null is refused for the array and for its elements, as the schema refuses it.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    private const int FirstCapacity = 16;

    private JsonConverter<T>? _elementConverter;

    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected {JsonExpectations.Describe(typeof(EquatableArray<T>), options)}, found {JsonTokens.Describe(ref reader)}.");
        }

        JsonConverter<T> converter = ElementConverter(options);
        T[] buffer = ArrayPool<T>.Shared.Rent(FirstCapacity);
        int count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new JsonException($"Expected {JsonExpectations.Describe(typeof(T), options)}, found null.");
                }

                T item = converter.Read(ref reader, typeof(T), options)!;
                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
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
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        JsonConverter<T> converter = ElementConverter(options);
        writer.WriteStartArray();
        foreach (T item in value)
        {
            converter.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    private JsonConverter<T> ElementConverter(JsonSerializerOptions options)
        => _elementConverter ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
}
