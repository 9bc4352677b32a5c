using System.Text;
using System.Text.Json;

namespace OpenBudget.Json;

/// <summary>Finds, in a JSON document, the token at a line and position a reader reported, and the full JSON path to it.</summary>
/// <remarks>
/// System.Text.Json's own path stops at a custom converter (every array of the model is read by one), so the path is rebuilt
/// here by scanning the document again up to the error; this runs only when a document is refused.
/// </remarks>
internal static class JsonErrorLocator
{
    /// <summary>Turns a 0-based line and byte position in the line, as <see cref="Utf8JsonReader"/> counts them, into an offset in the document.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="line">The 0-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in the line.</param>
    /// <returns>The offset, at most the document's length.</returns>
    internal static int OffsetOf(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int newline = utf8[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return utf8.Length;
            }

            start += newline + 1;
        }

        return (int)Math.Min(utf8.Length, start + bytePositionInLine);
    }

    /// <summary>Turns an offset in a document into a 0-based line and byte position in the line, as <see cref="Utf8JsonReader"/> counts them.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="offset">The offset.</param>
    /// <returns>The line and the byte position in it.</returns>
    internal static (long Line, long BytePositionInLine) LineAndPositionOf(ReadOnlySpan<byte> utf8, int offset)
    {
        ReadOnlySpan<byte> before = utf8[..offset];
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n'), offset - lastNewline - 1);
    }

    /// <summary>Finds the last token that starts before an offset, with its JSON path.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="offset">The offset the error was reported at.</param>
    /// <returns>The token found and whether the document is invalid JSON up to there.</returns>
    internal static JsonErrorLocation Locate(ReadOnlySpan<byte> utf8, int offset)
    {
        var frames = new List<Frame>();
        var location = new JsonErrorLocation([], -1, JsonTokenType.None, "", SyntaxError: false, AtEnd: false);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 4096 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenStartIndex >= offset)
                {
                    return location;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                        }

                        break;
                }

                location = new JsonErrorLocation(Snapshot(frames), (int)reader.TokenStartIndex, reader.TokenType, Describe(ref reader), SyntaxError: false, AtEnd: false);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }

            return location;
        }
        catch (JsonException)
        {
            bool atEnd = utf8[(int)Math.Min(reader.BytesConsumed, utf8.Length)..].Trim(" \t\r\n"u8).IsEmpty;
            return location with { SyntaxError = true, AtEnd = atEnd };
        }
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.PropertyName => $"the property name \"{reader.GetString()}\"",
        _ => JsonTokens.Describe(ref reader),
    };

    private static JsonPathSegment[] Snapshot(List<Frame> frames)
    {
        var path = new JsonPathSegment[frames.Count];
        for (int i = 0; i < frames.Count; i++)
        {
            Frame f = frames[i];
            path[i] = f.IsArray ? new JsonPathSegment(null, f.Index) : new JsonPathSegment(f.Property, -1);
        }

        // A container just opened has no current child yet: its path ends at the container itself.
        int length = path.Length;
        while (length > 0 && path[length - 1] is { Name: null, Index: < 0 })
        {
            length--;
        }

        return path[..length];
    }

    /// <summary>Writes a path as System.Text.Json does: $.tables[1].rows[3].cells['economic.312'].</summary>
    /// <param name="path">The segments.</param>
    /// <returns>The path.</returns>
    internal static string Format(IReadOnlyList<JsonPathSegment> path)
    {
        var builder = new StringBuilder("$");
        foreach (JsonPathSegment segment in path)
        {
            if (segment.Name is null)
            {
                builder.Append('[').Append(segment.Index).Append(']');
            }
            else if (IsPlainName(segment.Name))
            {
                builder.Append('.').Append(segment.Name);
            }
            else
            {
                builder.Append("['").Append(segment.Name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
