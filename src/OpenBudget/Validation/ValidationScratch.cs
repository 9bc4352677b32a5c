using OpenBudget.Validation.Rules;

namespace OpenBudget.Validation;

/// <summary>The buffers a validation run works in, kept per thread between runs so that a run allocates only what its findings hold.</summary>
internal sealed class ValidationScratch
{
    /// <summary>A buffer that grew beyond this many elements is not kept for the next run.</summary>
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static ValidationScratch? s_free;

    public List<FigureRef> Terms { get; } = new(32);

    public List<int> Rows { get; } = new(64);

    public List<Finding> Findings { get; } = new(64);

    public List<NameOccurrence> Names { get; } = new(64);

    public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);

    public List<string> DistinctNames { get; } = new(64);

    public List<ulong> Signatures { get; } = new(64);

    /// <summary>Gets the folded key of every printed name met in the run, by the name's instance: a disclosure's names are looked up by several rules.</summary>
    public Dictionary<string, string> FoldedNames { get; } = new(64, ReferenceEqualityComparer.Instance);

    /// <summary>Takes the thread's buffers, or new ones when the thread has none (or is already using them).</summary>
    public static ValidationScratch Rent()
    {
        ValidationScratch scratch = s_free ?? new ValidationScratch();
        s_free = null;
        scratch.Clear();
        return scratch;
    }

    /// <summary>Gives the buffers back to the thread, emptied, unless one grew too large to keep.</summary>
    public void Return()
    {
        if (Findings.Capacity > MaxKept || Names.Capacity > MaxKept || Terms.Capacity > MaxKept || Rows.Capacity > MaxKept || DistinctNames.Capacity > MaxKept || FoldedNames.Count > MaxKept)
        {
            return;
        }

        Clear();
        s_free = this;
    }

    private void Clear()
    {
        Terms.Clear();
        Rows.Clear();
        Findings.Clear();
        Names.Clear();
        NameKeys.Clear();
        DistinctNames.Clear();
        Signatures.Clear();
        FoldedNames.Clear();
    }
}
