using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads the glossary straight from the UTF-8 bytes; writes it with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="GlossaryEntry"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class GlossaryJsonConverter : EquatableArrayJsonConverter<GlossaryEntry>
{
    private const int Term = 0;
    private const int Definition = 1;

    protected override JsonArrays.ElementReader<GlossaryEntry> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(GlossaryEntry)), "term", "definition");
        return (ref Utf8JsonReader reader) => Read(ref reader, properties);
    }

    private static GlossaryEntry Read(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        string term = "";
        string definition = "";
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Term:
                    term = JsonValues.String(ref reader);
                    break;
                case Definition:
                    definition = JsonValues.String(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new GlossaryEntry(term, definition);
    }
}
