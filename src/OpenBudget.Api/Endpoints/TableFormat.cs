using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Endpoints;

/// <summary>Table kinds as URL segments and the choice between JSON and CSV.</summary>
internal static class TableFormat
{
    internal static IEnumerable<string> KindNames => Enum.GetValues<TableKind>().Select(KindName);

    internal static string KindName(TableKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    internal static bool TryParseKind(string name, out TableKind kind)
    {
        foreach (TableKind candidate in Enum.GetValues<TableKind>())
        {
            if (string.Equals(KindName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Reads Accept: <see langword="true"/> for CSV, <see langword="false"/> for JSON (also when Accept is absent or allows anything), <see langword="null"/> when it allows neither.</summary>
    internal static bool? FromAccept(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? types) || types.Count == 0)
        {
            return false;
        }

        double json = 0;
        double csv = 0;
        foreach (MediaTypeHeaderValue type in types)
        {
            double quality = type.Quality ?? 1;
            string media = type.MediaType.Value ?? "";
            if (media is "*/*" or "application/*" or "application/json")
            {
                json = Math.Max(json, media == "application/json" ? quality : quality - 0.001);
            }

            if (media is "*/*" or "text/*" or "text/csv")
            {
                csv = Math.Max(csv, media == "text/csv" ? quality : quality - 0.002);
            }
        }

        return json <= 0 && csv <= 0 ? null : csv > json;
    }
}
