using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Representations;

/// <summary>Writes a disclosure table as CSV (RFC 4180): one line per printed row, the row's codes and names, then one column per amount column keyed as in the JSON.</summary>
/// <remarks>
/// The header is kind, side, key, functional, economic, name, budgetUnit, project, then the table's column keys in printed order
/// ("total", "basic", "project", …). Amounts are written exactly as printed ("6675.00"); a blank cell is an empty field, never 0.
/// Fields holding a comma, a quote or a line break are quoted; lines end with CRLF.
/// </remarks>
internal static class TableCsv
{
    private static readonly string[] RowFields = ["kind", "side", "key", "functional", "economic", "name", "budgetUnit", "project"];

    internal static byte[] Write(DisclosureTable table)
    {
        var text = new StringBuilder();
        var header = new List<string>(RowFields);
        header.AddRange(table.Columns.Select(c => c.Key));
        WriteLine(text, header);
        foreach (TableRow row in table.Rows)
        {
            var fields = new List<string>(header.Count)
            {
                JsonNamingPolicy.CamelCase.ConvertName(row.Kind.ToString()),
                row.Side is TableSide side ? JsonNamingPolicy.CamelCase.ConvertName(side.ToString()) : "",
                row.Key ?? "",
                row.Functional?.ToString() ?? "",
                row.Economic?.ToString() ?? "",
                row.Name,
                row.BudgetUnit ?? "",
                row.Project ?? "",
            };
            foreach (TableColumn column in table.Columns)
            {
                fields.Add(row[column.Key] is { HasValue: true } amount ? amount.Value.ToString(CultureInfo.InvariantCulture) : "");
            }

            WriteLine(text, fields);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    internal static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void WriteLine(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }
}
