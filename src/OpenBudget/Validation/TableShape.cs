using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>Reads the shape of a table: rows by key, code or kind; cells by column; the columns of a side.</summary>
internal static class TableShape
{
    /// <summary>The pseudo line key of a side's total row (收入总计 / 支出总计 / 总计).</summary>
    public const string TotalLine = "@total";

    /// <summary>Tells whether a disclosure prints a table of a kind, without allocating.</summary>
    public static bool Prints(BudgetDisclosure disclosure, TableKind kind)
    {
        foreach (DisclosureTable table in disclosure.Tables)
        {
            if (table.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a column's printed label by key, or the key when the table has no such column.</summary>
    public static string ColumnLabel(DisclosureTable table, string key)
    {
        foreach (TableColumn column in table.Columns)
        {
            if (string.Equals(column.Key, key, StringComparison.Ordinal))
            {
                return column.Label;
            }
        }

        return key;
    }

    public static bool OnSide(TableColumn column, TableSide? side) => side is null || column.Side is null || column.Side == side;

    public static bool OnSide(TableRow row, TableSide? side) => side is null || row.Side is null || row.Side == side;

    public static bool HasColumn(DisclosureTable table, string key)
    {
        foreach (TableColumn column in table.Columns)
        {
            if (string.Equals(column.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the first row of a line key (or the side's total row for <see cref="TotalLine"/>) on a side; -1 when absent.</summary>
    public static int Line(DisclosureTable table, string key, TableSide? side)
    {
        EquatableArray<TableRow> rows = table.Rows;
        bool total = ReferenceEquals(key, TotalLine);
        for (int i = 0; i < rows.Count; i++)
        {
            TableRow row = rows[i];
            if (!OnSide(row, side))
            {
                continue;
            }

            if (total ? row.Kind == RowKind.Total : (row.Kind == RowKind.Line && string.Equals(row.Key, key, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds the total row of a side; -1 when absent.</summary>
    public static int Total(DisclosureTable table, TableSide? side) => Line(table, TotalLine, side);

    /// <summary>Finds the first non-project row with a functional code on a side; -1 when absent.</summary>
    public static int CodeRow(DisclosureTable table, Classification.FunctionalCode code, TableSide? side = null)
    {
        EquatableArray<TableRow> rows = table.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            TableRow row = rows[i];
            if (row.Kind != RowKind.Project && row.Functional is { } f && f == code && OnSide(row, side))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds the first row with an economic code; -1 when absent.</summary>
    public static int EconomicRow(DisclosureTable table, Classification.EconomicCode code)
    {
        EquatableArray<TableRow> rows = table.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Economic is { } e && e == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the key of the amount column a row's single figure is read from: "total" when the row has one, else its first cell.</summary>
    public static string? MainColumn(TableRow row)
    {
        if (row.HasCell(ColumnKeys.Total))
        {
            return ColumnKeys.Total;
        }

        return row.Cells.Count > 0 ? row.Cells[0].Column : null;
    }

    /// <summary>Gets a row's main figure (see <see cref="MainColumn"/>); blank when the row has no cell.</summary>
    public static Amount MainAmount(TableRow row) => row[MainColumn(row) ?? ColumnKeys.Total];

    /// <summary>Counts a check that two rows' main figures, printed in one unit, are equal, without building their references.</summary>
    /// <returns><see langword="true"/> when both tables print in one unit and the figures are equal; otherwise the caller compares them with <see cref="ValidationContext.CheckEqual(in FigureRef, in FigureRef, string, string)"/>.</returns>
    public static bool MainsHold(ValidationContext context, DisclosureTable table, int row, DisclosureTable other, int otherRow)
        => table.Unit == other.Unit && context.Holds(MainAmount(table.Rows[row]).ValueOrZero, MainAmount(other.Rows[otherRow]).ValueOrZero);

    /// <summary>Makes a reference to a row's main figure (see <see cref="MainColumn"/>); a blank reference when the row has no cell.</summary>
    public static FigureRef Main(DisclosureTable table, int tableIndex, int row)
    {
        string column = MainColumn(table.Rows[row]) ?? ColumnKeys.Total;
        return ValidationContext.Cell(table, tableIndex, row, column);
    }

    /// <summary>Gets the depth and value of a row's code (functional or economic); false when it has none.</summary>
    public static bool TryCode(TableRow row, out int value, out int depth, out bool economic)
    {
        if (row.Functional is { } f)
        {
            value = f.Value;
            depth = f.Depth;
            economic = false;
            return true;
        }

        if (row.Economic is { } e)
        {
            value = e.Value;
            depth = e.Depth;
            economic = true;
            return true;
        }

        value = 0;
        depth = -1;
        economic = false;
        return false;
    }

    /// <summary>Tells whether a code is within another of the same scheme (itself included).</summary>
    public static bool IsWithin(int value, int depth, int ancestorValue, int ancestorDepth)
    {
        if (depth < ancestorDepth)
        {
            return false;
        }

        int v = value;
        for (int d = depth; d > ancestorDepth; d--)
        {
            v /= 100;
        }

        return v == ancestorValue;
    }

    /// <summary>Gets the amount of a row in a column, blank when absent.</summary>
    public static Amount At(TableRow row, int columnIndex, string key)
    {
        EquatableArray<TableCell> cells = row.Cells;
        if (columnIndex < cells.Count)
        {
            TableCell cell = cells[columnIndex];
            if (string.Equals(cell.Column, key, StringComparison.Ordinal))
            {
                return cell.Amount;
            }
        }

        return row[key];
    }

    /// <summary>Makes a reference to the cell of a row in the column at an index.</summary>
    public static FigureRef CellAt(DisclosureTable table, int tableIndex, int row, int columnIndex)
    {
        string key = table.Columns[columnIndex].Key;
        return FigureRef.Cell(tableIndex, row, key, At(table.Rows[row], columnIndex, key), table.Unit);
    }

    /// <summary>Tells whether a table is printed per budget unit (tables 7, 11 and 12 have unit rows).</summary>
    public static bool HasUnitRows(DisclosureTable table)
    {
        foreach (TableRow row in table.Rows)
        {
            if (row.Kind == RowKind.Unit)
            {
                return true;
            }
        }

        return false;
    }
}
