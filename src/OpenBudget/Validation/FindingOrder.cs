using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Orders findings for a report: errors first, then mismatches, then rounding; within each, by location in document order (cells of a row in column order), then by rule, then by the text found and expected, then by message.</summary>
/// <remarks>Each finding's place is read once, before sorting: the part of the disclosure it is in and, for a table cell, its table, row and column index.</remarks>
internal static class FindingOrder
{
    private const string Tables = "/tables/";
    private const string Rows = "/rows/";
    private const string Cells = "/cells/";

    /// <summary>Sorts findings in report order.</summary>
    public static void Sort(Finding[] findings, BudgetDisclosure disclosure)
    {
        if (findings.Length < 2)
        {
            return;
        }

        var keys = new Key[findings.Length];
        for (int i = 0; i < findings.Length; i++)
        {
            keys[i] = MakeKey(findings[i], disclosure);
        }

        Array.Sort(keys, findings, KeyComparer.Instance);
    }

    private static Key MakeKey(Finding finding, BudgetDisclosure disclosure)
    {
        int rank = finding.Verdict switch
        {
            Verdict.Error => 0,
            Verdict.Mismatch => 1,
            _ => 2,
        };
        if (finding.Location.TryCell(out int table, out int row, out int column))
        {
            return new Key(finding, rank, JsonPointer.TablesPart, table, row, column);
        }

        string pointer = finding.Location.JsonPointer;
        return TryCell(pointer, disclosure, out table, out row, out column)
            ? new Key(finding, rank, JsonPointer.TablesPart, table, row, column)
            : new Key(finding, rank, JsonPointer.Part(pointer), -1, -1, -1);
    }

    /// <summary>Reads "/tables/{t}/rows/{r}/cells/{key}" into the table, the row and the key's column index (int.MaxValue for a key the table has no column for).</summary>
    private static bool TryCell(string pointer, BudgetDisclosure disclosure, out int table, out int row, out int column)
    {
        table = row = column = -1;
        ReadOnlySpan<char> rest = pointer;
        if (!rest.StartsWith(Tables, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[Tables.Length..];
        int slash = rest.IndexOf('/');
        if (slash < 0 || !int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out table) || table >= disclosure.Tables.Count)
        {
            return false;
        }

        rest = rest[slash..];
        if (!rest.StartsWith(Rows, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[Rows.Length..];
        slash = rest.IndexOf('/');
        if (slash < 0 || !int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out row))
        {
            return false;
        }

        rest = rest[slash..];
        if (!rest.StartsWith(Cells, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> key = rest[Cells.Length..];
        var columns = disclosure.Tables[table].Columns;
        column = int.MaxValue;
        for (int i = 0; i < columns.Count; i++)
        {
            if (key.SequenceEqual(columns[i].Key))
            {
                column = i;
                break;
            }
        }

        return true;
    }

    private static string StatedOrEmpty(Finding finding) => finding.StatedText ?? "";

    /// <summary>A finding's sort key: its verdict's rank, the part of the disclosure its place is in, and a cell's table, row and column index (-1 for other places).</summary>
    private readonly record struct Key(Finding Finding, int Rank, int Part, int Table, int Row, int Column);

    private sealed class KeyComparer : IComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(Key x, Key y)
        {
            if (ReferenceEquals(x.Finding, y.Finding))
            {
                return 0;
            }

            int order = x.Rank.CompareTo(y.Rank);
            if (order == 0)
            {
                // The disclosure's parts in document order (overview, tables, explanations, performance), as the pointers have them.
                order = x.Part.CompareTo(y.Part);
            }

            if (order == 0 && x.Table >= 0 && y.Table >= 0)
            {
                // Two cells: by table and row as document order has them, the cells of one row by column.
                order = x.Table.CompareTo(y.Table);
                if (order == 0)
                {
                    order = x.Row.CompareTo(y.Row);
                }

                if (order == 0)
                {
                    order = x.Column.CompareTo(y.Column);
                }
            }

            if (order == 0 && !(x.Table >= 0 && y.Table >= 0 && x.Column != int.MaxValue))
            {
                // One cell has one pointer: two findings at the same cell go by rule without making it.
                order = JsonPointer.Compare(x.Finding.Location.JsonPointer, y.Finding.Location.JsonPointer);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Finding.RuleId, y.Finding.RuleId);
            }

            if (order == 0 && x.Finding.ExpectedText is { } expectedX && y.Finding.ExpectedText is { } expectedY)
            {
                // Two names or codes at one place, by what they are expected to read, without writing their messages.
                order = string.CompareOrdinal(StatedOrEmpty(x.Finding), StatedOrEmpty(y.Finding));
                if (order == 0)
                {
                    order = string.CompareOrdinal(expectedX, expectedY);
                }
            }

            return order == 0 ? string.CompareOrdinal(x.Finding.Message, y.Finding.Message) : order;
        }
    }
}
