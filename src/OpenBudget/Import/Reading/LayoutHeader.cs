using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Reads the header of a table laid out with spaces: a merged header cell stands centred over its children, a long header may wrap onto a lower line, and single-line headers sit beside taller ones; columns are matched by position.</summary>
internal static class LayoutHeader
{
    internal static TableLayout Build(IReadOnlyList<PrintedLine> header, bool twoSidedKind, ClassificationCatalogues catalogues)
    {
        var layout = new TableLayout { Positions = CellPositions.Columns };
        var cells = new List<HeaderCell>();
        for (int r = 0; r < header.Count; r++)
        {
            foreach (PrintedCell cell in header[r].Cells)
            {
                string text = Texts.Norm(cell.Text);
                if (text.Length > 0)
                {
                    cells.Add(new HeaderCell(text, Texts.Compact(text), cell.Start, cell.End, r, r));
                }
            }
        }

        MergeWrapped(cells);

        // Label headers (科目编码, 类 款 项, 科目名称, 项目) and side headers (本年收入 | 本年支出) are set apart from amount headers.
        var amountCells = new List<HeaderCell>();
        HeaderCell? incomeSide = null;
        HeaderCell? expenditureSide = null;
        foreach (HeaderCell cell in cells)
        {
            if (HeaderTerms.IsLabel(cell.Compact, out LabelRole role))
            {
                cell.Role = role;
                continue;
            }

            amountCells.Add(cell);
        }

        int topRow = amountCells.Count == 0 ? 0 : amountCells.Min(c => c.Top);
        foreach (HeaderCell cell in amountCells.Where(c => c.Top == topRow || c.Top <= 1))
        {
            if (incomeSide is null && HeaderTerms.IsIncomeSide(cell.Compact))
            {
                incomeSide = cell;
            }
            else if (expenditureSide is null && HeaderTerms.IsExpenditureSide(cell.Compact) && incomeSide is not null && cell.Start > incomeSide.End)
            {
                expenditureSide = cell;
            }
        }

        bool twoSided = incomeSide is not null && expenditureSide is not null && (twoSidedKind || incomeSide.Top == expenditureSide.Top);
        if (!twoSided)
        {
            incomeSide = null;
            expenditureSide = null;
        }

        var parents = new List<HeaderCell>();
        var leaves = new List<HeaderCell>();
        foreach (HeaderCell cell in amountCells)
        {
            bool hasChild = cell == incomeSide || cell == expenditureSide || amountCells.Any(other => other != cell && other.Top > cell.Bottom
                && other.Center2 >= (cell.Start - 1) * 2 && other.Center2 <= (cell.End + 1) * 2);
            (hasChild ? parents : leaves).Add(cell);
        }

        leaves.Sort((a, b) => a.Center2.CompareTo(b.Center2));

        if (twoSided)
        {
            // The expenditure side starts with its own name column: divide between the last income amount header and that name header.
            HeaderCell exp = expenditureSide!;
            HeaderCell? expName = cells.Where(c => c.Role == LabelRole.Name && c.Center2 > incomeSide!.End * 2 && leaves.Any(l => l.Center2 < c.Center2))
                .OrderBy(c => c.Start).FirstOrDefault();
            int incomeEnd = leaves.Where(l => expName is null ? l.Center2 < exp.Start * 2 : l.Center2 < expName.Center2).Select(l => l.End).DefaultIfEmpty(incomeSide!.End).Max();
            int expStart = expName?.Start ?? exp.Start;
            layout.TwoSided = true;
            layout.Split = (incomeEnd + expStart + 1) / 2;
        }

        int spacing2 = MedianSpacing(leaves);
        var firstSeen = new HashSet<TableSide?>();
        foreach (HeaderCell leaf in leaves)
        {
            TableSide? side = layout.SideOf(leaf.Center2);
            var path = new List<HeaderCell>();
            foreach (HeaderCell parent in parents.Where(p => p.Bottom < leaf.Top).OrderBy(p => p.Top))
            {
                if (Covers(parent, leaf, parents, spacing2, layout))
                {
                    path.Add(parent);
                }
            }

            path.Add(leaf);
            var labels = new List<string>();
            foreach (HeaderCell cell in path)
            {
                if (labels.Count == 0 || labels[^1] != cell.Text)
                {
                    labels.Add(cell.Text);
                }
            }

            bool first = firstSeen.Add(side);
            bool only = leaves.Count(l => layout.SideOf(l.Center2) == side) == 1;
            string? key = ColumnMeaning.Resolve([.. path.Select(p => p.Compact)], side, first, only, catalogues, out EconomicCode? economic);
            layout.Columns.Add(new ColumnSlot
            {
                Key = key ?? string.Join("/", labels),
                Label = string.Join("/", labels),
                Side = side,
                Economic = economic,
                Understood = key is not null,
                Start = leaf.Start,
                End = leaf.End,
            });
        }

        foreach (HeaderCell cell in cells.Where(c => c.Role is not null))
        {
            layout.Labels.Add(new LabelSlot(cell.Role!.Value, layout.SideOf(cell.Center2), cell.Start, cell.End));
        }

        layout.AmountZoneStart = layout.Columns.Count == 0 ? int.MaxValue : layout.Columns.Min(c => c.Start);
        return layout;
    }

    /// <summary>A parent covers the leaves under it: those nearer to it than to the other parents of its row on its side, or, for a parent alone in its row, those within a column or so of its centre.</summary>
    private static bool Covers(HeaderCell parent, HeaderCell leaf, List<HeaderCell> parents, int spacing2, TableLayout layout)
    {
        if (layout.TwoSided && layout.SideOf(parent.Center2) != layout.SideOf(leaf.Center2))
        {
            return false;
        }

        if (leaf.Center2 >= parent.Start * 2 && leaf.Center2 <= parent.End * 2)
        {
            return true;
        }

        int distance = Math.Abs(leaf.Center2 - parent.Center2);
        bool alone = true;
        foreach (HeaderCell other in parents)
        {
            if (other == parent || other.Top != parent.Top || (layout.TwoSided && layout.SideOf(other.Center2) != layout.SideOf(leaf.Center2)))
            {
                continue;
            }

            alone = false;
            if (Math.Abs(leaf.Center2 - other.Center2) < distance)
            {
                return false;
            }
        }

        return !alone || distance <= Math.Max((parent.End - parent.Start) * 2, spacing2 * 3 / 2);
    }

    /// <summary>Joins a header that wrapped onto a lower line ("事业单位" over "经营收入") into one cell, when together they make a known header.</summary>
    private static void MergeWrapped(List<HeaderCell> cells)
    {
        bool merged = true;
        while (merged)
        {
            merged = false;
            for (int a = 0; a < cells.Count && !merged; a++)
            {
                HeaderCell upper = cells[a];
                HeaderCell? lower = cells
                    .Where(c => c.Top > upper.Bottom && Overlap(upper, c) * 2 >= Math.Min(upper.End - upper.Start, c.End - c.Start))
                    .OrderBy(c => c.Top)
                    .FirstOrDefault();
                if (lower is null || cells.Any(c => c != upper && c != lower && c.Top > upper.Bottom && c.Top < lower.Top && Overlap(upper, c) > 0))
                {
                    continue;
                }

                string joined = upper.Compact + lower.Compact;
                bool knownJoined = HeaderTerms.IsKnown(joined);
                bool bothKnown = HeaderTerms.IsKnown(upper.Compact) && HeaderTerms.IsKnown(lower.Compact);
                if (knownJoined && !bothKnown)
                {
                    cells[a] = new HeaderCell(upper.Text + lower.Text, joined, Math.Min(upper.Start, lower.Start), Math.Max(upper.End, lower.End), upper.Top, lower.Bottom);
                    cells.Remove(lower);
                    merged = true;
                }
            }
        }
    }

    private static int MedianSpacing(List<HeaderCell> leaves)
    {
        if (leaves.Count < 2)
        {
            return 20;
        }

        var gaps = new List<int>(leaves.Count - 1);
        for (int i = 1; i < leaves.Count; i++)
        {
            gaps.Add(leaves[i].Center2 - leaves[i - 1].Center2);
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    private static int Overlap(HeaderCell a, HeaderCell b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private sealed class HeaderCell(string text, string compact, int start, int end, int top, int bottom)
    {
        internal string Text { get; } = text;

        internal string Compact { get; } = compact;

        internal int Start { get; } = start;

        internal int End { get; } = end;

        internal int Top { get; } = top;

        internal int Bottom { get; } = bottom;

        internal LabelRole? Role { get; set; }

        internal int Center2 => Start + End;

        public override string ToString() => $"{Text}@{Start}-{End} r{Top}-{Bottom}";
    }
}
