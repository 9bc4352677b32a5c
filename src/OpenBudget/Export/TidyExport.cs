using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Export;

/// <summary>Turns disclosures into tidy rows (长表): one row per printed amount, and one row per validation finding, ready for CSV, Parquet and aggregation.</summary>
/// <remarks>
/// Rows are produced lazily, table by table and row by row, so that a corpus of thousands of disclosures streams through
/// a writer without being held in memory. Amount rows and finding rows share the disclosure id and the JSON Pointer of the
/// cell, so the two exports join.
/// </remarks>
public static class TidyExport
{
    /// <summary>The most decimals a finding's figures keep in exports; recomputed ratios with more are rounded half away from zero (四舍五入) to this many.</summary>
    public const int FindingFigureDecimals = 18;

    private const decimal TenThousand = 10_000m;

    /// <summary>Gets one tidy row per amount cell of every table of a disclosure, blank cells included, in printed order.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The rows, produced as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The disclosure has no department (see <see cref="DisclosureIds.For(BudgetDisclosure)"/>).</exception>
    /// <exception cref="TidyExportException">While enumerating: a cell names a column its table does not have; the message gives the cell's pointer.</exception>
    public static IEnumerable<TidyAmountRow> Rows(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        string id = DisclosureIds.For(disclosure);
        return RowsCore(disclosure, id);
    }

    /// <summary>Gets the tidy rows of many disclosures, one after the other, reading each only when the previous one is done.</summary>
    /// <param name="disclosures">The disclosures, e.g. read one by one from files.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosures"/> is <see langword="null"/>.</exception>
    public static IEnumerable<TidyAmountRow> Rows(IEnumerable<BudgetDisclosure> disclosures)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        return disclosures.SelectMany(Rows);
    }

    /// <summary>Gets one row per finding of a validation report, carrying the disclosure id and the pointer the amount rows carry.</summary>
    /// <param name="disclosure">The disclosure the report is about.</param>
    /// <param name="report">The report.</param>
    /// <returns>The rows, in the report's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEnumerable<TidyFindingRow> Findings(BudgetDisclosure disclosure, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(report);
        return Findings(DisclosureIds.For(disclosure), report);
    }

    /// <summary>Gets one row per finding of a validation report.</summary>
    /// <param name="disclosureId">The id of the disclosure the report is about (see <see cref="DisclosureIds"/>).</param>
    /// <param name="report">The report.</param>
    /// <returns>The rows, in the report's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEnumerable<TidyFindingRow> Findings(string disclosureId, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(disclosureId);
        ArgumentNullException.ThrowIfNull(report);
        return report.Findings.Select(f => new TidyFindingRow
        {
            DisclosureId = disclosureId,
            Department = report.Department,
            FiscalYear = report.FiscalYear,
            RuleId = f.RuleId,
            Severity = f.Severity,
            Verdict = f.Verdict,
            Message = f.Message,
            MessageZh = f.MessageZh,
            JsonPointer = f.Location.JsonPointer,
            LocationLabel = f.Location.Label,
            Unit = f.Unit,
            Stated = Figure(f.Stated),
            Expected = Figure(f.Expected),
            Difference = Figure(f.Difference),
            Tolerance = Figure(f.Tolerance),
            StatedText = f.StatedText,
            ExpectedText = f.ExpectedText,
            TermCount = f.Terms.Count,
        });
    }

    /// <summary>Converts an amount printed in a unit to 万元 exactly: 元 moves the decimal point four places left (5,590.76 元 is 0.559076 万元), 亿元 four places right.</summary>
    /// <param name="value">The amount in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit it is printed in.</param>
    /// <returns>The amount in 万元, with no rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="OverflowException">The amount in 万元 does not fit a <see cref="decimal"/>.</exception>
    public static decimal ToWan(decimal value, PresentationUnit unit) => unit switch
    {
        PresentationUnit.TenThousandYuan => value,
        PresentationUnit.Yuan => ShiftLeft(value, 4),
        PresentationUnit.HundredMillionYuan => value * TenThousand,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a presentation unit: expected Yuan, TenThousandYuan or HundredMillionYuan."),
    };

    /// <summary>Gets the RFC 6901 JSON Pointer of a cell in a disclosure's JSON: "/tables/{table}/rows/{row}/cells/{column}", the column key escaped.</summary>
    /// <param name="tableIndex">The table's position, from 0.</param>
    /// <param name="rowIndex">The row's position, from 0.</param>
    /// <param name="columnKey">The column key.</param>
    /// <returns>The pointer.</returns>
    public static string CellPointer(int tableIndex, int rowIndex, string columnKey)
    {
        ArgumentNullException.ThrowIfNull(columnKey);
        string token = columnKey.AsSpan().IndexOfAny('~', '/') < 0
            ? columnKey
            : columnKey.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"/tables/{tableIndex}/rows/{rowIndex}/cells/{token}");
    }

    private static IEnumerable<TidyAmountRow> RowsCore(BudgetDisclosure disclosure, string id)
    {
        string? regionCode = disclosure.Region?.Code;
        string? regionName = disclosure.Region?.Name;
        for (int t = 0; t < disclosure.Tables.Count; t++)
        {
            DisclosureTable table = disclosure.Tables[t];
            var columns = new Dictionary<string, TableColumn>(table.Columns.Count, StringComparer.Ordinal);
            foreach (TableColumn column in table.Columns)
            {
                columns.TryAdd(column.Key, column);
            }

            for (int r = 0; r < table.Rows.Count; r++)
            {
                TableRow row = table.Rows[r];
                foreach (TableCell cell in row.Cells)
                {
                    if (!columns.TryGetValue(cell.Column, out TableColumn? column))
                    {
                        throw new TidyExportException(
                            $"Table {t} (\"{table.Title}\"), row {r} (\"{row.Name}\") has a cell in column \"{cell.Column}\", which the table does not list; its columns are: {string.Join(", ", table.Columns.Select(c => c.Key))}.",
                            CellPointer(t, r, cell.Column));
                    }

                    yield return new TidyAmountRow
                    {
                        DisclosureId = id,
                        RegionCode = regionCode,
                        RegionName = regionName,
                        Department = disclosure.Department,
                        FiscalYear = disclosure.FiscalYear,
                        Phase = disclosure.Phase,
                        BudgetUnit = row.BudgetUnit,
                        TableIndex = t,
                        TableKind = table.Kind,
                        TableNumber = table.Number,
                        TableTitle = table.Title,
                        Side = row.Side,
                        RowIndex = r,
                        RowKind = row.Kind,
                        RowKey = row.Key,
                        RowName = row.Name,
                        ProjectName = row.Project,
                        Functional = row.Functional,
                        Economic = row.Economic ?? column.Economic,
                        ColumnKey = column.Key,
                        ColumnLabel = column.Label,
                        Amount = cell.Amount,
                        Unit = table.Unit,
                    };
                }
            }
        }
    }

    private static decimal ShiftLeft(decimal value, int places)
    {
        byte scale = value.Scale;
        if (scale + places > 28)
        {
            // Beyond 28 decimals a decimal cannot hold the exact quotient; such amounts are never printed.
            throw new OverflowException($"The amount {value.ToString(CultureInfo.InvariantCulture)} has {scale} decimals; in 万元 it would need {scale + places}, more than a decimal holds (28).");
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return new decimal(bits[0], bits[1], bits[2], (bits[3] & int.MinValue) != 0, (byte)(scale + places));
    }

    private static decimal? Figure(decimal? value)
        => value is decimal d && d.Scale > FindingFigureDecimals ? Math.Round(d, FindingFigureDecimals, MidpointRounding.AwayFromZero) : value;
}
