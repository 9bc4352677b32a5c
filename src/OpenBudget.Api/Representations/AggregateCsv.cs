using System.Globalization;
using System.Text;
using OpenBudget.Api.Contracts;

namespace OpenBudget.Api.Representations;

/// <summary>Writes an aggregate as CSV (RFC 4180): one line per cell, the drill-down values then amount, count and blankCount.</summary>
internal static class AggregateCsv
{
    internal static byte[] Write(AggregateResponse response)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', response.Drilldown.Append("amount").Append("count").Append("blankCount").Select(TableCsv.Quote)).Append("\r\n");
        foreach (AggregateCell cell in response.Cells)
        {
            IEnumerable<string> fields = response.Drilldown.Select(d => cell.Key[d] ?? "")
                .Append(cell.Amount.ToString(CultureInfo.InvariantCulture))
                .Append(cell.Count.ToString(CultureInfo.InvariantCulture))
                .Append(cell.BlankCount.ToString(CultureInfo.InvariantCulture));
            text.AppendJoin(',', fields.Select(TableCsv.Quote)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
