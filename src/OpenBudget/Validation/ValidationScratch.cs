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

    /// <summary>Gets the id in <see cref="NameIds"/> of each name in <see cref="Names"/>, -1 for an empty one.</summary>
    public List<int> NameIdOf { get; } = new(64);

    public List<ulong> Signatures { get; } = new(64);

    /// <summary>Gets a buffer of folded names of stated parts, for a rule that matches them against table rows.</summary>
    public List<string> PartKeys { get; } = new(32);

    /// <summary>Gets a buffer of folded names of described projects, for a rule that matches them against table rows.</summary>
    public List<string> ProjectKeys { get; } = new(32);

    /// <summary>Gets the folded key of every printed name met in the run, by the name's instance: a disclosure's names are looked up by several rules.</summary>
    public Dictionary<string, string> FoldedNames { get; } = new(64, ReferenceEqualityComparer.Instance);

    /// <summary>Gets the grid of each table by its index, loaded on first use in the run (see <see cref="Grid"/>).</summary>
    private CellGrid?[] _grids = new CellGrid?[16];

    /// <summary>Gets, per table index, 0 while its grid is not loaded in this run, 1 when loaded, 2 when the table does not fit one.</summary>
    private byte[] _gridState = new byte[16];

    /// <summary>Gets the grid of a table for this run, loading it on first use; <see langword="null"/> when the table's amounts do not fit one.</summary>
    public CellGrid? Grid(DisclosureTable table, int tableIndex)
    {
        if (tableIndex >= _gridState.Length)
        {
            int size = Math.Max(tableIndex + 1, _gridState.Length * 2);
            Array.Resize(ref _grids, size);
            Array.Resize(ref _gridState, size);
        }

        switch (_gridState[tableIndex])
        {
            case 1:
                return _grids[tableIndex];
            case 2:
                return null;
        }

        CellGrid grid = _grids[tableIndex] ??= new CellGrid();
        bool loaded = grid.Load(table);
        _gridState[tableIndex] = loaded ? (byte)1 : (byte)2;
        return loaded ? grid : null;
    }

    private ProjectRows?[] _projects = new ProjectRows?[16];

    /// <summary>Gets, per table index, whether its project rows are listed in this run.</summary>
    private bool[] _projectsListed = new bool[16];

    /// <summary>Gets the project rows of a table for this run, listing them on first use.</summary>
    public ProjectRows Projects(ValidationContext context, DisclosureTable table, int tableIndex)
    {
        if (tableIndex >= _projectsListed.Length)
        {
            int size = Math.Max(tableIndex + 1, _projectsListed.Length * 2);
            Array.Resize(ref _projects, size);
            Array.Resize(ref _projectsListed, size);
        }

        ProjectRows projects = _projects[tableIndex] ??= new ProjectRows();
        if (!_projectsListed[tableIndex])
        {
            projects.Load(context, table);
            _projectsListed[tableIndex] = true;
        }

        return projects;
    }

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
        if (Findings.Capacity > MaxKept || Names.Capacity > MaxKept || Terms.Capacity > MaxKept || Rows.Capacity > MaxKept || DistinctNames.Capacity > MaxKept || NameIdOf.Capacity > MaxKept || PartKeys.Capacity > MaxKept || ProjectKeys.Capacity > MaxKept || FoldedNames.Count > MaxKept)
        {
            return;
        }

        for (int i = 0; i < _grids.Length; i++)
        {
            if (_grids[i] is { Capacity: > MaxKeptCells })
            {
                _grids[i] = null;
            }
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
        NameIds.Clear();
        DistinctNames.Clear();
        NameIdOf.Clear();
        PartKeys.Clear();
        ProjectKeys.Clear();
        Signatures.Clear();
        FoldedNames.Clear();
        Array.Clear(_gridState);
        for (int i = 0; i < _projectsListed.Length; i++)
        {
            if (_projectsListed[i])
            {
                _projects[i]!.Clear();
                _projectsListed[i] = false;
            }
        }
    }
}
