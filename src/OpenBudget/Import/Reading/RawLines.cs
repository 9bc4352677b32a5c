namespace OpenBudget.Import.Reading;

/// <summary>Splits input into lines, numbering them from 1 and counting pages at form feeds.</summary>
internal static class RawLines
{
    /// <summary>Reads every line; pages are counted only when the input has a form feed.</summary>
    internal static List<RawLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string text = reader.ReadToEnd();
        return Split(text);
    }

    internal static List<RawLine> Split(string text)
    {
        var lines = new List<RawLine>(Math.Max(16, text.Length / 40));
        bool paged = text.Contains('\f', StringComparison.Ordinal);
        int page = 1;
        int number = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
                if (start == end)
                {
                    break;
                }
            }

            number++;
            ReadOnlySpan<char> span = text.AsSpan(start, end - start);
            if (span.Length > 0 && span[^1] == '\r')
            {
                span = span[..^1];
            }

            int lineStartPage = page;
            if (span.Contains('\f'))
            {
                // A form feed ends a page; text after it on the same line belongs to the next page.
                int feeds = 0;
                int lastFeed = -1;
                for (int i = 0; i < span.Length; i++)
                {
                    if (span[i] == '\f')
                    {
                        feeds++;
                        lastFeed = i;
                    }
                }

                page += feeds;
                lineStartPage = lastFeed < span.Length - 1 ? page : lineStartPage;
                span = RemoveFeeds(span);
            }

            if (number == 1 && span.Length > 0 && span[0] == '\uFEFF')
            {
                span = span[1..];
            }

            lines.Add(new RawLine(number, paged ? lineStartPage : null, span.ToString()));
            start = end + 1;
        }

        return lines;
    }

    private static string RemoveFeeds(ReadOnlySpan<char> span)
    {
        Span<char> buffer = span.Length <= 512 ? stackalloc char[span.Length] : new char[span.Length];
        int n = 0;
        foreach (char c in span)
        {
            if (c != '\f')
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
