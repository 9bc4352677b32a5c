using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>
/// A table's amounts laid out by row and column index as whole numbers of 0.0001 of the table's unit, so that the sums a
/// check compares are integer additions instead of decimal ones and a cell is found by its index instead of its key.
/// </summary>
/// <remarks>
/// A grid is exact or not used: it is loaded only when every cell's amount converts without loss (at most four decimals, small
/// enough that a column or row of them cannot overflow when added) and the columns' keys are distinct; a table that does not
/// fit is checked with decimals as before. A blank or missing cell counts as zero, as <see cref="Amount.ValueOrZero"/> does.
/// A difference is worked out in units as well (<see cref="UnitSum"/>), as the same decimals adding the printed figures gives.
/// </remarks>
internal sealed class CellGrid
{
    /// <summary>The number of decimals every amount is scaled to.</summary>
    public const int Decimals = 4;

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000];

    private long[] _units = new long[256];
    private bool[] _present = new bool[256];
    private string[] _keys = new string[16];
    private int _columns;

    /// <summary>Gets the number of cells the grid can hold without growing.</summary>
    public int Capacity => _units.Length;

    /// <summary>Gets the value of a cell in units of 0.0001 of the table's unit; zero when blank or absent.</summary>
    public long this[int row, int column] => _units[(row * _columns) + column];

    /// <summary>Tells whether a row has a cell (blank or not) in a column, as <see cref="TableRow.HasCell"/> does.</summary>
    public bool Has(int row, int column) => _present[(row * _columns) + column];

    /// <summary>Adds up one column over some rows.</summary>
    public long SumColumn(int column, ReadOnlySpan<int> rows)
    {
        long[] units = _units;
        int width = _columns;
        long sum = 0;
        foreach (int row in rows)
        {
            sum += units[(row * width) + column];
        }

        return sum;
    }

    /// <summary>Adds up some columns of one row.</summary>
    public long SumRow(int row, ReadOnlySpan<int> columns)
    {
        long[] units = _units;
        int start = row * _columns;
        long sum = 0;
        foreach (int column in columns)
        {
            sum += units[start + column];
        }

        return sum;
    }

    /// <summary>Loads a table's amounts; false (and the grid is not to be read) when one does not convert exactly.</summary>
    public bool Load(DisclosureTable table)
    {
        EquatableArray<TableColumn> columns = table.Columns;
        EquatableArray<TableRow> rows = table.Rows;
        int width = columns.Count;
        int count = rows.Count * width;
        if (width == 0 || !DistinctKeys(columns))
        {
            return false;
        }

        if (_units.Length < count)
        {
            int size = Math.Max(count, _units.Length * 2);
            _units = new long[size];
            _present = new bool[size];
        }

        _columns = width;
        if (_keys.Length < width)
        {
            _keys = new string[Math.Max(width, _keys.Length * 2)];
        }

        Span<string> keys = _keys.AsSpan(0, width);
        for (int c = 0; c < width; c++)
        {
            keys[c] = columns[c].Key;
        }

        try
        {
            return LoadRows(rows, columns, keys, count);
        }
        finally
        {
            // The grid is kept for the next run: it holds no key of this one.
            keys.Clear();
        }
    }

    /// <summary>Loads every row's amounts, given the columns' keys in order.</summary>
    private bool LoadRows(EquatableArray<TableRow> rows, EquatableArray<TableColumn> columns, ReadOnlySpan<string> keys, int count)
    {
        int width = keys.Length;
        Span<long> units = _units.AsSpan(0, count);
        Span<bool> present = _present.AsSpan(0, count);

        // Each term of a sum stays below this, so that a sum of a whole column or row cannot overflow.
        long limit = long.MaxValue / (Math.Max(rows.Count, width) + 1);
        ReadOnlySpan<TableRow> all = rows.AsSpan();
        for (int r = 0; r < all.Length; r++)
        {
            ReadOnlySpan<TableCell> cells = all[r].Cells.AsSpan();
            Span<long> rowUnits = units.Slice(r * width, width);
            Span<bool> rowPresent = present.Slice(r * width, width);

            // Cells are printed in column order with the columns' own key strings: walk both together, filling every slot.
            int next = 0;
            for (int c = 0; c < keys.Length; c++)
            {
                if (next < cells.Length && ReferenceEquals(cells[next].Column, keys[c]))
                {
                    rowPresent[c] = true;
                    if (!TryUnits(cells[next].Amount.ValueOrZero, limit, out rowUnits[c]))
                    {
                        return false;
                    }

                    next++;
                }
                else
                {
                    rowPresent[c] = false;
                    rowUnits[c] = 0;
                }
            }

            if (next < cells.Length && !LoadByKey(all[r].Cells, columns, r * width, limit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Places a row's cells by their keys, for a row whose cells are not in column order or not the columns' key strings.</summary>
    private bool LoadByKey(EquatableArray<TableCell> cells, EquatableArray<TableColumn> columns, int start, long limit)
    {
        int width = columns.Count;
        Array.Clear(_units, start, width);
        Array.Clear(_present, start, width);
        int c = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            TableCell cell = cells[i];
            int column = FindColumn(columns, cell.Column, c);
            if (column < 0)
            {
                // A cell of a column the table does not have is read by no check.
                continue;
            }

            c = column + 1;
            if (_present[start + column])
            {
                // Two cells of one column: which one a check reads depends on where they stand, so decimals decide.
                return false;
            }

            _present[start + column] = true;
            if (!TryUnits(cell.Amount.ValueOrZero, limit, out _units[start + column]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Converts an amount to whole units of 0.0001 when it has at most four decimals and stays within a limit.</summary>
    internal static bool TryUnits(decimal value, long limit, out long units)
    {
        DecimalParts parts = System.Runtime.CompilerServices.Unsafe.As<decimal, DecimalParts>(ref value);
        int scale = (parts.Flags >> 16) & 0xFF;
        if (scale > Decimals || parts.High != 0)
        {
            units = 0;
            return false;
        }

        ulong mantissa = parts.Low;
        long factor = Powers[Decimals - scale];
        if (mantissa > (ulong)(limit / factor))
        {
            units = 0;
            return false;
        }

        units = (long)mantissa * factor;
        if (parts.Flags < 0)
        {
            units = -units;
        }

        return true;
    }

#pragma warning disable CS0649 // Read through Unsafe.As over a decimal.
    private readonly struct DecimalParts
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
#pragma warning restore CS0649

    private static int FindColumn(EquatableArray<TableColumn> columns, string key, int from)
    {
        // Cells are printed in column order, so the next one is almost always at or just after the previous one's column.
        for (int c = from; c < columns.Count; c++)
        {
            if (string.Equals(columns[c].Key, key, StringComparison.Ordinal))
            {
                return c;
            }
        }

        for (int c = 0; c < from && c < columns.Count; c++)
        {
            if (string.Equals(columns[c].Key, key, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool DistinctKeys(EquatableArray<TableColumn> columns)
    {
        for (int i = 1; i < columns.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(columns[i].Key, columns[j].Key, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
