namespace OpenBudget.Import.Reading;

/// <summary>Matches the amounts of a laid-out row to the columns of its header, keeping their left-to-right order and minimising how far each amount stands from its column.</summary>
internal static class Alignment
{
    private const long Skip = 1_000_000;

    /// <summary>Assigns each value (by its extent) a column index, or -1 when there are more values than columns and the value fits none.</summary>
    internal static int[] Align(IReadOnlyList<(int Start, int End)> values, IReadOnlyList<ColumnSlot> columns)
    {
        int m = values.Count;
        int n = columns.Count;
        int[] result = new int[m];
        if (m == 0)
        {
            return result;
        }

        if (n == 0)
        {
            Array.Fill(result, -1);
            return result;
        }

        if (m == n)
        {
            for (int i = 0; i < m; i++)
            {
                result[i] = i;
            }

            return result;
        }

        long[,] dp = new long[m + 1, n + 1];
        byte[,] move = new byte[m + 1, n + 1];
        for (int i = 0; i <= m; i++)
        {
            for (int k = 0; k <= n; k++)
            {
                if (i == 0 && k == 0)
                {
                    continue;
                }

                long best = long.MaxValue;
                byte how = 0;
                if (k > 0 && dp[i, k - 1] < best)
                {
                    best = dp[i, k - 1];
                    how = 1; // column left empty
                }

                if (i > 0 && dp[i - 1, k] + Skip < best)
                {
                    best = dp[i - 1, k] + Skip;
                    how = 2; // value fits no column
                }

                if (i > 0 && k > 0)
                {
                    long cost = dp[i - 1, k - 1] + Cost(values[i - 1], columns[k - 1]);
                    if (cost < best)
                    {
                        best = cost;
                        how = 3;
                    }
                }

                dp[i, k] = best;
                move[i, k] = how;
            }
        }

        int vi = m;
        int ci = n;
        while (vi > 0 || ci > 0)
        {
            switch (move[vi, ci])
            {
                case 1:
                    ci--;
                    break;
                case 2:
                    result[--vi] = -1;
                    break;
                default:
                    result[--vi] = --ci;
                    break;
            }
        }

        return result;
    }

    private static long Cost((int Start, int End) value, ColumnSlot column)
    {
        int colStart = column.Left;
        int colEnd = column.Right;
        int gap = Math.Max(0, Math.Max(colStart - value.End, value.Start - colEnd));
        int center = Math.Abs(value.Start + value.End - column.Center2);
        return (gap * 8L) + center;
    }
}
