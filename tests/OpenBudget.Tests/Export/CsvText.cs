using System.Text;

namespace OpenBudget.Tests.Export;

/// <summary>A small RFC 4180 reader for checking what the writers wrote: an unquoted empty field reads as null, a quoted one as text.</summary>
internal static class CsvText
{
    public static List<List<string?>> Parse(string text)
    {
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false;
        bool wasQuoted = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    wasQuoted = true;
                    i++;
                    break;
                case ',':
                    record.Add(Finish());
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    record.Add(Finish());
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(Finish());
            records.Add(record);
        }

        return records;

        string? Finish()
        {
            string? value = field.Length == 0 && !wasQuoted ? null : field.ToString();
            field.Clear();
            wasQuoted = false;
            return value;
        }
    }

    public static Dictionary<string, string?> Record(List<List<string?>> records, int index)
    {
        List<string?> header = records[0];
        return header.Select((name, i) => (name!, records[index][i])).ToDictionary(p => p.Item1, p => p.Item2);
    }
}
