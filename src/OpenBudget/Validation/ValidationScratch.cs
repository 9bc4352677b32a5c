using OpenBudget.Disclosures;
using OpenBudget.Validation.Rules;

namespace OpenBudget.Validation;

/// <summary>The buffers a validation run works in, kept per thread between runs so that a run allocates only what its findings hold.</summary>
internal sealed class ValidationScratch
{
    /// <summary>A buffer that grew beyond this many elements is not kept for the next run.</summary>
    private const int MaxKept = 4096;

    /// <summary>A table grid that grew beyond this many cells is not kept for the next run.</summary>
    private const int MaxKeptCells = 1 << 16;

    [ThreadStatic]
    private static ValidationScratch? s_free;

    public List<FigureRef> Terms { get; } = new(32);

    public List<int> Rows { get; } = new(64);

    public List<Finding> Findings { get; } = new(64);

    public List<NameOccurrence> Names { get; } = new(64);

    /// <summary>Gets the id of each distinct folded name met by a name rule, its index in <see cref="DistinctNames"/>.</summary>
    public Dictionary<string, int> NameIds { get; } = new(StringComparer.Ordinal);

    public List<string> DistinctNames { get; } = new(64);

    public List<ulong> Signatures { get; } = new(64);

    /// <summary>Gets, for each name in <see cref="Names"/>, the index of the next one with the same id (-1 for none): each id's places as a chain.</summary>
    public List<int> NameNext { get; } = new(64);

    /// <summary>Gets, for each id in <see cref="NameIds"/>, the index in <see cref="Names"/> of its first and last places and their number.</summary>
    public List<(int First, int Last, int Count)> NamePlaces { get; } = new(64);

    /// <summary>Gets a buffer of folded names of stated parts, for a rule that matches them against table rows.</summary>
    public List<string> PartKeys { get; } = new(32);

    /// <summary>Gets a buffer of folded names of described projects, for a rule that matches them against table rows.</summary>
    public List<string> ProjectKeys { get; } = new(32);

    /// <summary>Gets the folded key of every printed name met in the run, by the name's instance: a disclosure's names are looked up by several rules.</summary>
    public Dictionary<string, string> FoldedNames { get; } = new(64, ReferenceEqualityComparer.Instance);

    /// <summary>Gets the grid of each table, loaded on first use in a run.</summary>
    private readonly TableSlots<CellGrid> _grids = new();

    /// <summary>Gets the project rows of each table, listed on first use in a run.</summary>
    private readonly TableSlots<ProjectRows> _projects = new();

    /// <summary>What <see cref="Total"/> marks a total row not looked up yet in this run with.</summary>
    private const int UnknownTotal = -2;

    /// <summary>The first total row of each table and side found in this run, by table index × 3 + side (any, income, expenditure).</summary>
    private int[] _totals = CreateTotals(48);

    /// <summary>One more than the last slot of <see cref="_totals"/> filled in this run.</summary>
    private int _totalsUsed;

    /// <summary>Gets the grid of a table for this run, loading it on first use; <see langword="null"/> when the table's amounts do not fit one.</summary>
    public CellGrid? Grid(DisclosureTable table, int tableIndex)
    {
        CellGrid grid = _grids.Get(tableIndex, out var state);
        if (state == TableSlots<CellGrid>.SlotState.Empty)
        {
            state = grid.Load(table) ? TableSlots<CellGrid>.SlotState.Filled : TableSlots<CellGrid>.SlotState.Unfit;
            _grids.Set(tableIndex, state);
        }

        return state == TableSlots<CellGrid>.SlotState.Filled ? grid : null;
    }

    /// <summary>Gets the project rows of a table for this run, listing them on first use.</summary>
    public ProjectRows Projects(ValidationContext context, DisclosureTable table, int tableIndex)
    {
        ProjectRows projects = _projects.Get(tableIndex, out var state);
        if (state == TableSlots<ProjectRows>.SlotState.Empty)
        {
            projects.Load(context, table);
            _projects.Set(tableIndex, TableSlots<ProjectRows>.SlotState.Filled);
        }

        return projects;
    }

    /// <summary>Gets the first total row of a table on a side (or on any side for <see langword="null"/>) for this run, found on first use: several rules look each one up.</summary>
    /// <returns>The row index; -1 when the table has none.</returns>
    public int Total(DisclosureTable table, int tableIndex, TableSide? side)
    {
        int sideSlot = side switch
        {
            null => 0,
            TableSide.Income => 1,
            TableSide.Expenditure => 2,
            _ => -1,
        };
        if (sideSlot < 0)
        {
            return TableShape.Total(table, side);
        }

        int slot = (tableIndex * 3) + sideSlot;
        if (slot >= _totals.Length)
        {
            int size = Math.Max(slot + 1, _totals.Length * 2);
            int old = _totals.Length;
            Array.Resize(ref _totals, size);
            _totals.AsSpan(old).Fill(UnknownTotal);
        }

        ref int total = ref _totals[slot];
        if (total == UnknownTotal)
        {
            total = TableShape.Total(table, side);
            _totalsUsed = Math.Max(_totalsUsed, slot + 1);
        }

        return total;
    }

    /// <summary>Takes the thread's buffers, or new ones when the thread has none (or is already using them).</summary>
    public static ValidationScratch Rent()
    {
        // A kept scratch was emptied when it was given back; one lost to an exception is never given back, so never reused.
        ValidationScratch scratch = s_free ?? new ValidationScratch();
        s_free = null;
        return scratch;
    }

    /// <summary>Gives the buffers back to the thread, emptied, unless one grew too large to keep.</summary>
    public void Return()
    {
        if (Findings.Capacity > MaxKept || Names.Capacity > MaxKept || Terms.Capacity > MaxKept || Rows.Capacity > MaxKept || DistinctNames.Capacity > MaxKept || NameNext.Capacity > MaxKept || NamePlaces.Capacity > MaxKept || PartKeys.Capacity > MaxKept || ProjectKeys.Capacity > MaxKept || FoldedNames.Count > MaxKept)
        {
            return;
        }

        _grids.Drop(static grid => grid.Capacity > MaxKeptCells);
        Clear();
        s_free = this;
    }

    private void Clear()
    {
        Terms.Clear();
        Rows.Clear();
        Findings.Clear();
        Names.Clear();
        NameIds.Clear();
        DistinctNames.Clear();
        PartKeys.Clear();
        ProjectKeys.Clear();
        Signatures.Clear();
        NameNext.Clear();
        NamePlaces.Clear();
        FoldedNames.Clear();
        _grids.Reset();
        _projects.Reset(static projects => projects.Clear());
        _totals.AsSpan(0, _totalsUsed).Fill(UnknownTotal);
        _totalsUsed = 0;
    }

    private static int[] CreateTotals(int size)
    {
        int[] totals = new int[size];
        totals.AsSpan().Fill(UnknownTotal);
        return totals;
    }
}
