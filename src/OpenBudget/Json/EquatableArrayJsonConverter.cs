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
internal class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    private JsonConverter<T>? _elementConverter;
    private ReadState? _state;

    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ReadState? state = _state;
        if (state is null || !ReferenceEquals(state.Options, options))
        {
            state = new ReadState(options, CreateElementReader(options), JsonExpectations.Describe(typeof(EquatableArray<T>), options), JsonExpectations.Describe(typeof(T), options));
            _state = state;
        }

        return JsonArrays.Read(ref reader, state.ReadElement, state.Expectation, state.ElementExpectation);
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

    /// <summary>Makes the reader of one element; by default the element's own converter.</summary>
    /// <param name="options">The options the document is read with.</param>
    /// <returns>The element reader.</returns>
    protected virtual JsonArrays.ElementReader<T> CreateElementReader(JsonSerializerOptions options)
    {
        JsonConverter<T> converter = ElementConverter(options);
        return (ref Utf8JsonReader reader) => converter.Read(ref reader, typeof(T), options)!;
    }

    private JsonConverter<T> ElementConverter(JsonSerializerOptions options)
        => _elementConverter ??= (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;

    private sealed record ReadState(JsonSerializerOptions Options, JsonArrays.ElementReader<T> ReadElement, string Expectation, string ElementExpectation);
}
