using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Orders findings for a report: errors first, then mismatches, then rounding; within each, by location in document order (cells of a row in column order), then by rule, then by the text found and expected, then by message.</summary>
/// <remarks>Each finding's place is read once, before sorting: the part of the disclosure it is in and, for a table cell, its table, row and column index; other places are ranked among themselves by pointer. Findings are then sorted by one number each, and those at one place by the full comparison.</remarks>
internal static class FindingOrder
{
    private const string Tables = "/tables/";
    private const string Rows = "/rows/";
    private const string Cells = "/cells/";

    /// <summary>The number of low bits of a packed sort number that hold the finding's index.</summary>
    private const int IndexBits = 14;

    private const long IndexMask = (1 << IndexBits) - 1;

    /// <summary>Sorts findings in report order.</summary>
    public static void Sort(Finding[] findings, BudgetDisclosure disclosure)
    {
        if (findings.Length < 2)
        {
            return;
        }

        Key[] keys = MakeKeys(findings, disclosure);
        if (TrySortPacked(keys) is not { } sorted)
        {
            Array.Sort(keys, findings, KeyComparer.Instance);
            return;
        }

        for (int i = 0; i < sorted.Length; i++)
        {
            findings[i] = sorted[i].Finding;
        }
    }

    /// <summary>Sorts findings in report order by comparing them pairwise only: what <see cref="Sort"/> does when the places do not fit one number each.</summary>
    internal static void SortByComparison(Finding[] findings, BudgetDisclosure disclosure)
        => Array.Sort(MakeKeys(findings, disclosure), findings, KeyComparer.Instance);

    private static Key[] MakeKeys(Finding[] findings, BudgetDisclosure disclosure)
    {
        var keys = new Key[findings.Length];
        for (int i = 0; i < findings.Length; i++)
        {
            keys[i] = MakeKey(findings[i], disclosure);
        }

        return keys;
    }

    /// <summary>
    /// Sorts by one number per finding (verdict, part of the disclosure, then a cell's table, row and column or another place's
    /// rank by pointer among the other places), then orders findings at one place with the full comparison.
    /// </summary>
    /// <returns>The keys in order; <see langword="null"/> when there are more findings than the number has bits for, a place does not fit it, or a table cell and another place in the tables share a verdict.</returns>
    private static Key[]? TrySortPacked(Key[] keys)
    {
        if (keys.Length > IndexMask + 1)
        {
            return null;
        }

        int others = 0;
        foreach (Key key in keys)
        {
            if (key.Table < 0)
            {
                others++;
            }
            else if (key.Table >= 1 << 12 || key.Row >= 1 << 20 || key.Column >= 1 << 12)
            {
                return null;
            }
        }

        var packed = new long[keys.Length];
        if (others > 0 && !RankOtherPlaces(keys, others, packed))
        {
            return null;
        }

        // The number's low bits hold the finding's index, so that the numbers alone are sorted; equal places compare equal above them.
        for (int i = 0; i < keys.Length; i++)
        {
            Key key = keys[i];
            long place = key.Table >= 0 ? ((long)key.Table << 32) | ((long)key.Row << 12) | (uint)key.Column : packed[i];
            packed[i] = ((long)key.Rank << 61) | ((long)key.Part << 58) | (place << IndexBits) | (uint)i;
        }

        Array.Sort(packed);
        var sorted = new Key[keys.Length];
        for (int i = 0; i < packed.Length; i++)
        {
            sorted[i] = keys[(int)(packed[i] & IndexMask)];
        }

        for (int start = 0; start < packed.Length;)
        {
            int end = start + 1;
            while (end < packed.Length && packed[end] >> IndexBits == packed[start] >> IndexBits)
            {
                end++;
            }

            if (end - start > 16)
            {
                Array.Sort(sorted, start, end - start, KeyComparer.Instance);
            }
            else if (end - start > 1)
            {
                InsertionSort(sorted.AsSpan(start, end - start));
            }

            start = end;
        }

        return sorted;
    }

    /// <summary>Orders the few findings at one place with the full comparison, where a sort through <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/> would make a delegate each time.</summary>
    private static void InsertionSort(Span<Key> keys)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            Key key = keys[i];
            int j = i - 1;
            while (j >= 0 && KeyComparer.Instance.Compare(keys[j], key) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    /// <summary>Numbers the places that are not table cells in document order (equal pointers alike), into <paramref name="ranks"/>.</summary>
    /// <returns><see langword="false"/> when such a place is in the tables at a verdict a table cell also has: then their pointers decide.</returns>
    private static bool RankOtherPlaces(Key[] keys, int others, long[] ranks)
    {
        var places = new (string Pointer, int Index)[others];
        int count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Table >= 0)
            {
                continue;
            }

            if (keys[i].Part == JsonPointer.TablesPart)
            {
                foreach (Key cell in keys)
                {
                    if (cell.Table >= 0 && cell.Rank == keys[i].Rank)
                    {
                        return false;
                    }
                }
            }

            places[count++] = (keys[i].Finding.Location.JsonPointer, i);
        }

        Array.Sort(places, static (x, y) => JsonPointer.Compare(x.Pointer, y.Pointer));
        long rank = 0;
        for (int i = 0; i < places.Length; i++)
        {
            if (i > 0 && JsonPointer.Compare(places[i - 1].Pointer, places[i].Pointer) != 0)
            {
                rank++;
            }

            ranks[places[i].Index] = rank;
        }

        return true;
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

            if (order == 0)
            {
                // Two names or codes at one place, by the text found and the text expected, without writing their messages.
                order = string.CompareOrdinal(x.Finding.StatedText ?? "", y.Finding.StatedText ?? "");
                if (order == 0)
                {
                    order = string.CompareOrdinal(x.Finding.ExpectedText ?? "", y.Finding.ExpectedText ?? "");
                }
            }

            return order == 0 ? string.CompareOrdinal(x.Finding.Message, y.Finding.Message) : order;
        }
    }
}
