using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>What a finding's location is made from when first read: a printed figure of a disclosure, or another place.</summary>
internal readonly struct LocationSource
{
    private readonly BudgetDisclosure? _disclosure;
    private readonly FigureRef _figure;
    private readonly FindingPlace? _place;

    /// <summary>Initializes a new instance of the <see cref="LocationSource"/> struct for a printed figure.</summary>
    public LocationSource(BudgetDisclosure disclosure, in FigureRef figure)
    {
        _disclosure = disclosure;
        _figure = figure;
    }

    /// <summary>Initializes a new instance of the <see cref="LocationSource"/> struct for a place other than a printed figure.</summary>
    public LocationSource(FindingPlace place) => _place = place;

    /// <summary>Gets a value indicating whether there is nothing to make a location from.</summary>
    public bool IsEmpty => _disclosure is null && _place is null;

    /// <summary>Makes the JSON Pointer.</summary>
    public string Pointer() => _place?.Path().ToPointer() ?? _figure.Pointer();

    /// <summary>Makes the label.</summary>
    public string Label() => _place?.Label() ?? _figure.Label(_disclosure!);

    /// <summary>Makes the tokens of the pointer.</summary>
    public PlacePath Path() => _place?.Path() ?? _figure.Path();

    /// <summary>Gets the table cell the place is, without making its pointer: the table index, the row index and the column's index in the table (int.MaxValue for a key the table has no column for).</summary>
    /// <returns><see langword="false"/> when the place is not a table cell.</returns>
    public bool TryCell(out int table, out int row, out int column)
    {
        if (_disclosure is null || _figure.Site != FigureSite.Cell)
        {
            table = row = column = -1;
            return false;
        }

        table = _figure.A;
        row = _figure.B;
        column = int.MaxValue;
        var columns = _disclosure.Tables[table].Columns;
        for (int i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Key, _figure.Key, StringComparison.Ordinal))
            {
                column = i;
                break;
            }
        }

        return true;
    }
}
