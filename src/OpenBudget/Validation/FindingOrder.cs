namespace OpenBudget.Validation;

/// <summary>Orders findings for a report: errors first, then mismatches, then rounding; within each, by location in document order, then by rule.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

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
            order = JsonPointer.Compare(x.Location.JsonPointer, y.Location.JsonPointer);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        return order == 0 ? string.CompareOrdinal(x.Message, y.Message) : order;
    }

    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Error => 0,
        Verdict.Mismatch => 1,
        _ => 2,
    };
}
