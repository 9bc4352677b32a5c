using System.Text.Json;
using OpenBudget.Collections;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads the explanations' groups of stated figures straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="FigureGroup"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class FigureGroupsJsonConverter : EquatableArrayJsonConverter<FigureGroup>
{
    private const int Key = 0;
    private const int Heading = 1;
    private const int Total = 2;
    private const int Parts = 3;
    private const int Remarks = 4;

    protected override JsonArrays.ElementReader<FigureGroup> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(FigureGroup)), "key", "heading", "total", "parts", "remarks");
        JsonArrays.ElementReader<StatedFigure> readFigure = StatedFiguresJsonConverter.CreateReader(options);
        JsonArrays.ElementReader<EquatableArray<StatedFigure>> readParts = JsonArrays.PropertyReader<StatedFigure>(options);
        JsonArrays.ElementReader<EquatableArray<string>> readRemarks = JsonArrays.PropertyReader<string>(options);
        return (ref Utf8JsonReader reader) => Read(ref reader, properties, readFigure, readParts, readRemarks);
    }

    private static FigureGroup Read(
        ref Utf8JsonReader reader,
        ObjectProperties properties,
        JsonArrays.ElementReader<StatedFigure> readFigure,
        JsonArrays.ElementReader<EquatableArray<StatedFigure>> readParts,
        JsonArrays.ElementReader<EquatableArray<string>> readRemarks)
    {
        properties.ExpectObject(ref reader);
        string key = "";
        string? heading = null;
        StatedFigure? total = null;
        EquatableArray<StatedFigure> parts = default;
        EquatableArray<string> remarks = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Key:
                    key = JsonValues.Key(ref reader);
                    break;
                case Heading:
                    heading = JsonValues.NullableString(ref reader);
                    break;
                case Total:
                    total = reader.TokenType == JsonTokenType.Null ? null : readFigure(ref reader);
                    break;
                case Parts:
                    parts = readParts(ref reader);
                    break;
                case Remarks:
                    remarks = readRemarks(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new FigureGroup { Key = key, Heading = heading, Total = total, Parts = parts, Remarks = remarks };
    }
}
