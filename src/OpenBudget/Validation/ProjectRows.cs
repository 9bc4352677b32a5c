using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>The project rows of a table with their names folded for comparison, listed once per table and run for the rules that look projects up by name.</summary>
internal sealed class ProjectRows
{
    private int[] _rows = new int[32];
    private string[] _keys = new string[32];

    /// <summary>Gets the number of project rows.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the row index of the i-th project row.</summary>
    public int Row(int i) => _rows[i];

    /// <summary>Gets the folded name (<see cref="ValidationContext.NameKey"/> of its project name, else its name) of the i-th project row.</summary>
    public string Key(int i) => _keys[i];

    /// <summary>Lists a table's project rows in row order.</summary>
    public void Load(ValidationContext context, DisclosureTable table)
    {
        var rows = table.Rows;
        Count = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            if (row.Kind != RowKind.Project)
            {
                continue;
            }

            if (Count == _rows.Length)
            {
                Array.Resize(ref _rows, Count * 2);
                Array.Resize(ref _keys, Count * 2);
            }

            _rows[Count] = r;
            _keys[Count] = context.NameKey(row.Project ?? row.Name);
            Count++;
        }
    }

    /// <summary>Forgets the names, so that a kept list holds no strings of a past run.</summary>
    public void Clear()
    {
        Array.Clear(_keys, 0, Count);
        Count = 0;
    }
}
