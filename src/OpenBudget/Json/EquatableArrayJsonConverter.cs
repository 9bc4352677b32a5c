using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Collections;

namespace OpenBudget.Json;

/// <summary>Writes an <see cref="EquatableArray{T}"/> as a JSON array using the source-generated metadata of its elements.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    private JsonTypeInfo<T>? _elementInfo;

    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {JsonTokens.Describe(reader.TokenType)}.");
        }

        JsonTypeInfo<T> info = ElementInfo(options);
        ImmutableArray<T>.Builder builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            T? item = JsonSerializer.Deserialize(ref reader, info);
            if (item is null)
            {
                throw new JsonException("Expected an element, found null.");
            }

            builder.Add(item);
        }

        return new EquatableArray<T>(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        JsonTypeInfo<T> info = ElementInfo(options);
        writer.WriteStartArray();
        foreach (T item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options)
        => _elementInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
