using System.Buffers;
using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Orders findings for a report: errors first, then mismatches, then rounding; within each, by location in document order (cells of a row in column order), then by rule, then by the text found and expected, then by message.</summary>
/// <remarks>Each finding's place is read once, before sorting: the part of the disclosure it is in and, for a table cell, its table, row and column index; other places are ranked among themselves by the tokens of their pointers (<see cref="PlacePath"/>), without writing the pointers. Findings are then sorted by one number each, and those at one place by the full comparison.</remarks>
internal static class FindingOrder
{
    private const string Tables = "/tables/";
    private const string Rows = "/rows/";
    private const string Cells = "/cells/";

    /// <summary>The number of low bits of a packed sort number that hold the finding's index.</summary>
    private const int IndexBits = 14;

    private const long IndexMask = (1 << IndexBits) - 1;

    /// <summary>The paths of the places being sorted that are not table cells, kept for the thread's next sort.</summary>
    [ThreadStatic]
    private static PlacePath[]? t_paths;

    /// <summary>The most findings whose keys and numbers are kept on the stack while sorting.</summary>
    private const int OnStack = 128;

    /// <summary>Sorts findings in report order.</summary>
    public static void Sort(Finding[] findings, BudgetDisclosure disclosure)
    {
        if (findings.Length < 2)
        {
            return;
        }

        int n = findings.Length;
        Span<Key> keys = n <= OnStack ? stackalloc Key[n] : new Key[n];
        PlacePath[] paths = RentPaths(n);
        Finding[] original = ArrayPool<Finding>.Shared.Rent(n);
        int others = 0;
        try
        {
            others = MakeKeys(findings, disclosure, keys, paths);
            findings.CopyTo(original, 0);
            if (!TrySortPacked(original, keys, others, paths))
            {
                keys.Sort(new KeyComparer(original, samePlace: false));
            }

            for (int i = 0; i < n; i++)
            {
                findings[i] = original[keys[i].Index];
            }
        }
        finally
        {
            ArrayPool<Finding>.Shared.Return(original, clearArray: true);
            ReturnPaths(paths, others);
        }
    }

    /// <summary>Takes this thread's array of paths, or makes one, to hold the paths of up to <paramref name="count"/> places.</summary>
    private static PlacePath[] RentPaths(int count)
    {
        PlacePath[]? paths = t_paths;
        t_paths = null;
        return paths is not null && paths.Length >= count ? paths : new PlacePath[Math.Max(count, 64)];
    }

    /// <summary>Clears the paths written and keeps the array for this thread's next sort.</summary>
    private static void ReturnPaths(PlacePath[] paths, int used)
    {
        Array.Clear(paths, 0, used);
        t_paths = paths;
    }

    /// <summary>Sorts findings in report order by comparing them pairwise only: what <see cref="Sort"/> does when the places do not fit one number each.</summary>
    internal static void SortByComparison(Finding[] findings, BudgetDisclosure disclosure)
    {
        var keys = new Key[findings.Length];
        MakeKeys(findings, disclosure, keys, new PlacePath[findings.Length]);

        Finding[] original = [.. findings];
        Array.Sort(keys, new KeyComparer(original, samePlace: false));
        for (int i = 0; i < keys.Length; i++)
        {
            findings[i] = original[keys[i].Index];
        }
    }

    /// <summary>Makes each finding's key, and writes the paths of the places that are not table cells in turn into <paramref name="paths"/>, each key's row holding its path's index.</summary>
    /// <returns>The number of places that are not table cells.</returns>
    private static int MakeKeys(Finding[] findings, BudgetDisclosure disclosure, Span<Key> keys, PlacePath[] paths)
    {
        int others = 0;
        for (int i = 0; i < findings.Length; i++)
        {
            Finding finding = findings[i];
            int rank = finding.Verdict switch
            {
                Verdict.Error => 0,
                Verdict.Mismatch => 1,
                _ => 2,
            };
            if (finding.TryCell(out int table, out int row, out int column)
                || (finding.WrittenPointer is { } pointer && TryCell(pointer, disclosure, out table, out row, out column)))
            {
                keys[i] = new Key(i, rank, JsonPointer.TablesPart, table, row, column);
                continue;
            }

            paths[others] = finding.Path();
            keys[i] = new Key(i, rank, paths[others].Part, -1, others, -1);
            others++;
        }

        return others;
    }

    /// <summary>
    /// Sorts by one number per finding (verdict, part of the disclosure, then a cell's table, row and column or another place's
    /// rank by its path among the other places), then orders findings at one place with the full comparison.
    /// </summary>
    /// <returns><see langword="false"/>, the keys left as they were, when there are more findings than the number has bits for, a place does not fit it, or a table cell and another place in the tables share a verdict.</returns>
    private static bool TrySortPacked(Finding[] findings, Span<Key> keys, int others, PlacePath[] paths)
    {
        if (keys.Length > IndexMask + 1)
        {
            return false;
        }

        foreach (Key key in keys)
        {
            if (key.Table >= 0 && (key.Table >= 1 << 12 || key.Row >= 1 << 20 || key.Column >= 1 << 12))
            {
                return false;
            }
        }

        Span<long> ranks = others <= OnStack ? stackalloc long[others] : new long[others];
        if (others > 0 && !RankOtherPlaces(keys, others, paths, ranks))
        {
            return false;
        }

        Span<long> packed = keys.Length <= OnStack ? stackalloc long[keys.Length] : new long[keys.Length];
        // The number's low bits hold the finding's index, so that the numbers alone are sorted; equal places compare equal above them.
        for (int i = 0; i < keys.Length; i++)
        {
            Key key = keys[i];
            long place = key.Table >= 0 ? ((long)key.Table << 32) | ((long)key.Row << 12) | (uint)key.Column : ranks[key.Row];
            packed[i] = ((long)key.Rank << 61) | ((long)key.Part << 58) | (place << IndexBits) | (uint)i;
        }

        packed.Sort();
        Span<Key> unsorted = keys.Length <= OnStack ? stackalloc Key[keys.Length] : new Key[keys.Length];
        keys.CopyTo(unsorted);
        for (int i = 0; i < packed.Length; i++)
        {
            keys[i] = unsorted[(int)(packed[i] & IndexMask)];
        }

        var atOnePlace = new KeyComparer(findings, samePlace: true);
        for (int start = 0; start < packed.Length;)
        {
            int end = start + 1;
            while (end < packed.Length && packed[end] >> IndexBits == packed[start] >> IndexBits)
            {
                end++;
            }

            SortFew(keys[start..end], atOnePlace);
            start = end;
        }

        return true;
    }

    /// <summary>Sorts a few items by insertion, where a general sort would cost more than it saves; many by <see cref="MemoryExtensions.Sort{T, TComparer}(Span{T}, TComparer)"/>.</summary>
    private static void SortFew<T, TComparer>(Span<T> items, TComparer comparer)
        where TComparer : IComparer<T>
    {
        if (items.Length > 16)
        {
            items.Sort(comparer);
            return;
        }

        for (int i = 1; i < items.Length; i++)
        {
            T item = items[i];
            int j = i - 1;
            while (j >= 0 && comparer.Compare(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    /// <summary>Numbers the places that are not table cells in document order by their paths (equal paths alike), into <paramref name="ranks"/> by path index.</summary>
    /// <returns><see langword="false"/> when such a place is in the tables at a verdict a table cell also has (then their pointers decide), or a path does not stand for its pointer.</returns>
    private static bool RankOtherPlaces(Span<Key> keys, int others, PlacePath[] paths, Span<long> ranks)
    {
        foreach (Key key in keys)
        {
            if (key.Table >= 0)
            {
                continue;
            }

            if (!paths[key.Row].IsValid)
            {
                return false;
            }

            if (key.Part == JsonPointer.TablesPart)
            {
                foreach (Key cell in keys)
                {
                    if (cell.Table >= 0 && cell.Rank == key.Rank)
                    {
                        return false;
                    }
                }
            }
        }

        Span<int> order = others <= OnStack ? stackalloc int[others] : new int[others];
        for (int i = 0; i < others; i++)
        {
            order[i] = i;
        }

        var byPath = new PathComparer(paths);
        SortFew(order, byPath);

        long rank = 0;
        for (int i = 0; i < others; i++)
        {
            if (i > 0 && byPath.Compare(order[i - 1], order[i]) != 0)
            {
                rank++;
            }

            ranks[order[i]] = rank;
        }

        return true;
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

    /// <summary>A finding's sort key: its index among the findings sorted, its verdict's rank, the part of the disclosure its place is in, and a cell's table, row and column index (for other places, -1, the index of the place's path, -1).</summary>
    private readonly record struct Key(int Index, int Rank, int Part, int Table, int Row, int Column);

    /// <summary>Compares places by their paths, given the paths' indices.</summary>
    private readonly struct PathComparer(PlacePath[] paths) : IComparer<int>
    {
        public int Compare(int x, int y) => PlacePath.Compare(paths[x], paths[y]);
    }

    /// <summary>The full comparison of two findings by their keys; at one place (<c>samePlace</c>), where the keys are known to be equal places, it skips comparing them.</summary>
    private readonly struct KeyComparer(Finding[] findings, bool samePlace) : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            if (x.Index == y.Index)
            {
                return 0;
            }

            Finding fx = findings[x.Index];
            Finding fy = findings[y.Index];
            int order = 0;
            if (!samePlace)
            {
                order = x.Rank.CompareTo(y.Rank);
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
            }

            // One cell has one pointer, and places ranked alike have one pointer: only two cells of columns the table does
            // not have, or places not yet known to be equal, go by their pointers.
            bool knownEqual = x.Table >= 0 && y.Table >= 0 ? x.Column != int.MaxValue : samePlace;
            if (order == 0 && !knownEqual)
            {
                order = JsonPointer.Compare(fx.Location.JsonPointer, fy.Location.JsonPointer);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(fx.RuleId, fy.RuleId);
            }

            if (order == 0)
            {
                // Two names or codes at one place, by the text found and the text expected, without writing their messages.
                order = string.CompareOrdinal(fx.StatedText ?? "", fy.StatedText ?? "");
                if (order == 0)
                {
                    order = string.CompareOrdinal(fx.ExpectedText ?? "", fy.ExpectedText ?? "");
                }
            }

            return order == 0 ? string.CompareOrdinal(fx.Message, fy.Message) : order;
        }
    }
}
