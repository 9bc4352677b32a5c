using Microsoft.Extensions.Primitives;

namespace OpenBudget.Api.Http;

/// <summary>The request headers that decide between 200 and 304, and between compressed and plain bodies.</summary>
internal static class Conditional
{
    /// <summary>Tells whether If-None-Match names the entity tag (weak comparison, as RFC 9110 asks for If-None-Match), or is "*".</summary>
    internal static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (string? value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (string part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || string.Equals(tag, etag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Chooses "br", "gzip" or none from Accept-Encoding; a coding with q=0 is refused.</summary>
    internal static string? PreferredEncoding(StringValues acceptEncoding)
    {
        bool brotli = false;
        bool gzip = false;
        foreach (string? value in acceptEncoding)
        {
            if (value is null)
            {
                continue;
            }

            foreach (string part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string[] pieces = part.Split(';', StringSplitOptions.TrimEntries);
                bool refused = pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
                if (refused)
                {
                    continue;
                }

                brotli |= string.Equals(pieces[0], "br", StringComparison.OrdinalIgnoreCase);
                gzip |= string.Equals(pieces[0], "gzip", StringComparison.OrdinalIgnoreCase);
            }
        }

        return brotli ? "br" : gzip ? "gzip" : null;
    }
}
