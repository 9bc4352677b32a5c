using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Reads the header of a table whose cells are column ordinals (tab-separated text): a merged header cell is followed by empty cells, so it spans to the right until the next filled cell, within the span of the cell above it.</summary>
internal static class GridHeader
{
    internal static TableLayout Build(IReadOnlyList<PrintedLine> header, bool twoSidedKind, ClassificationCatalogues catalogues)
    {
        var layout = new TableLayout { Positions = CellPositions.Ordinal };
        int width = 0;
        foreach (PrintedLine line in header)
        {
            width = Math.Max(width, LastFilled(line) + 1);
        }

        int rows = header.Count;
        string[][] texts = new string[rows][];
        int[][] ends = new int[rows][];
        for (int r = 0; r < rows; r++)
        {
            texts[r] = new string[width];
            ends[r] = new int[width];
            for (int j = 0; j < width; j++)
            {
                texts[r][j] = j < header[r].Cells.Count ? Texts.Norm(header[r].Cells[j].Text) : "";
            }
        }

        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                if (texts[r][j].Length == 0)
                {
                    continue;
                }

                int bound = width;
                if (r > 0)
                {
                    int owner = Owner(texts[r - 1], ends[r - 1], j);
                    bound = owner >= 0 ? ends[r - 1][owner] : NextFilled(texts[r - 1], j);
                }

                int next = NextFilled(texts[r], j);
                ends[r][j] = Math.Min(next, bound);
            }
        }

        // Two-sided: the top row names the sides (收入 | 支出).
        int split = int.MaxValue;
        if (twoSidedKind || TopRowHasBothSides(texts[0]))
        {
            for (int j = 1; j < width; j++)
            {
                string c = Texts.Compact(texts[0][j]);
                if (c.Length > 0 && HeaderTerms.IsExpenditureSide(c))
                {
                    split = j;
                    break;
                }
            }
        }

        layout.TwoSided = split != int.MaxValue;
        layout.Split = split;
        var firstSeen = new HashSet<TableSide?>();
        int amountStart = int.MaxValue;
        var amountColumns = new List<(int Ordinal, List<string> Path, List<string> Labels, TableSide? Side)>();
        for (int j = 0; j < width; j++)
        {
            var path = new List<string>(rows);
            var labels = new List<string>(rows);
            for (int r = 0; r < rows; r++)
            {
                int owner = Owner(texts[r], ends[r], j);
                if (owner < 0)
                {
                    continue;
                }

                string text = texts[r][owner];
                if (labels.Count > 0 && labels[^1] == text)
                {
                    continue;
                }

                labels.Add(text);
                path.Add(Texts.Compact(text));
            }

            if (path.Count == 0)
            {
                continue;
            }

            TableSide? side = layout.TwoSided ? (j < split ? TableSide.Income : TableSide.Expenditure) : null;
            LabelRole? role = null;
            foreach (string p in path)
            {
                if (HeaderTerms.IsLabel(p, out LabelRole r))
                {
                    role = r;
                }
            }

            if (role is LabelRole labelRole)
            {
                layout.Labels.Add(new LabelSlot(labelRole, side, j, j + 1));
                continue;
            }

            amountStart = Math.Min(amountStart, j);
            amountColumns.Add((j, path, labels, side));
        }

        foreach ((int j, List<string> path, List<string> labels, TableSide? side) in amountColumns)
        {
            bool first = firstSeen.Add(side);
            bool only = amountColumns.Count(c => c.Side == side) == 1;
            string? key = ColumnMeaning.Resolve(path, side, first, only, catalogues, out EconomicCode? economic);
            string label = string.Join("/", labels);
            layout.Columns.Add(new ColumnSlot
            {
                Key = key ?? label,
                Label = label,
                Side = side,
                Economic = economic,
                Understood = key is not null,
                Start = j,
                End = j + 1,
            });
        }

        layout.AmountZoneStart = amountStart == int.MaxValue ? width : amountStart;
        return layout;
    }

    private static bool TopRowHasBothSides(string[] top)
    {
        bool income = false;
        bool expenditure = false;
        foreach (string t in top)
        {
            string c = Texts.Compact(t);
            if (c.Length == 0)
            {
                continue;
            }

            income |= HeaderTerms.IsIncomeSide(c) && !HeaderTerms.IsLabel(c, out _);
            expenditure |= HeaderTerms.IsExpenditureSide(c) && !HeaderTerms.IsLabel(c, out _);
        }

        return income && expenditure;
    }

    private static int LastFilled(PrintedLine line)
    {
        for (int j = line.Cells.Count - 1; j >= 0; j--)
        {
            if (!line.Cells[j].IsEmpty)
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextFilled(string[] row, int j)
    {
        for (int k = j + 1; k < row.Length; k++)
        {
            if (row[k].Length > 0)
            {
                return k;
            }
        }

        return row.Length;
    }

    /// <summary>Finds the filled cell of a row whose span covers an ordinal.</summary>
    private static int Owner(string[] row, int[] ends, int j)
    {
        for (int k = j; k >= 0; k--)
        {
            if (row[k].Length > 0)
            {
                return ends[k] > j ? k : -1;
            }
        }

        return -1;
    }
}
