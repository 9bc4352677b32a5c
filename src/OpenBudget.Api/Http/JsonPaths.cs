using System.Text;

namespace OpenBudget.Api.Http;

/// <summary>Turns the JSON paths System.Text.Json reports ("$.tables[1].rows[3]['name']") into RFC 6901 JSON Pointers ("/tables/1/rows/3/name").</summary>
internal static class JsonPaths
{
    internal static string ToPointer(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pointer = new StringBuilder();
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            char c = path[i];
            if (c == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (c == '[')
            {
                int end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    private static void Append(StringBuilder pointer, string token)
        => pointer.Append('/').Append(token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
