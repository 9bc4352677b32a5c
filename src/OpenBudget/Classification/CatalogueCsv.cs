using System.Text;

namespace OpenBudget.Classification;

/// <summary>Reads the catalogue data files: UTF-8 CSV (RFC 4180 quoting), '#' comment lines, one header line.</summary>
internal static class CatalogueCsv
{
    internal static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string source, string expectedHeader)
    {
        int lineNumber = 0;
        bool headerSeen = false;
        int width = expectedHeader.Split(',').Length;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = SplitLine(line, source, lineNumber);
            if (!headerSeen)
            {
                if (line != expectedHeader)
                {
                    throw new InvalidDataException($"{source} line {lineNumber}: expected the header '{expectedHeader}', found '{line}'.");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != width)
            {
                throw new InvalidDataException($"{source} line {lineNumber}: expected {width} fields, found {fields.Length}.");
            }

            yield return (lineNumber, fields);
        }

        if (!headerSeen)
        {
            throw new InvalidDataException($"{source}: no header line '{expectedHeader}'.");
        }
    }

    private static string[] SplitLine(string line, string source, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidDataException($"{source} line {lineNumber}: a quoted field is not closed.");
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
