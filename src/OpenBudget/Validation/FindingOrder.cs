using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Orders findings for a report: errors first, then mismatches, then rounding; within each, by location in document order (cells of a row in column order), then by rule.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    private const string Cells = "/cells/";
    private readonly BudgetDisclosure _disclosure;

    public FindingOrder(BudgetDisclosure disclosure) => _disclosure = disclosure;

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int order = Rank(x.Verdict).CompareTo(Rank(y.Verdict));
        if (order == 0)
        {
            order = CompareCellsOfOneRow(x.Location.JsonPointer, y.Location.JsonPointer) ?? JsonPointer.Compare(x.Location.JsonPointer, y.Location.JsonPointer);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        return order == 0 ? string.CompareOrdinal(x.Message, y.Message) : order;
    }

    /// <summary>Orders two cells of the same row by their columns' printed order; <see langword="null"/> when the pointers are not two cells of one row.</summary>
    private int? CompareCellsOfOneRow(string x, string y)
    {
        int cx = x.IndexOf(Cells, StringComparison.Ordinal);
        int cy = y.IndexOf(Cells, StringComparison.Ordinal);
        if (cx < 0 || cx != cy || !x.AsSpan(0, cx).SequenceEqual(y.AsSpan(0, cy)) || !x.StartsWith("/tables/", StringComparison.Ordinal))
        {
            return null;
        }

        int slash = x.IndexOf('/', 8);
        if (slash < 0 || !int.TryParse(x.AsSpan(8, slash - 8), NumberStyles.None, CultureInfo.InvariantCulture, out int table) || table >= _disclosure.Tables.Count)
        {
            return null;
        }

        var columns = _disclosure.Tables[table].Columns;
        int Index(ReadOnlySpan<char> key)
        {
            for (int i = 0; i < columns.Count; i++)
            {
                if (key.SequenceEqual(columns[i].Key))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        int order = Index(x.AsSpan(cx + Cells.Length)).CompareTo(Index(y.AsSpan(cy + Cells.Length)));
        return order == 0 ? null : order;
    }

    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Error => 0,
        Verdict.Mismatch => 1,
        _ => 2,
    };
}
