using System.Text.Json.Serialization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>Where a finding points: a JSON Pointer into the disclosure's JSON, a label a person reads and, for a disclosure read from a PDF, the page it is printed on.</summary>
/// <remarks>The validator writes the pointer and the label when they are first read, from the figure's place in the disclosure; equality compares their text.</remarks>
public sealed record FindingLocation
{
    private readonly LocationSource _source;
    private string? _jsonPointer;
    private string? _label;

    /// <summary>Initializes a new instance of the <see cref="FindingLocation"/> class.</summary>
    /// <param name="JsonPointer">The RFC 6901 JSON Pointer, e.g. "/tables/1/rows/3/cells/total".</param>
    /// <param name="Label">A human label, e.g. "表2 · 206 01 · 总计".</param>
    /// <param name="Page">The 1-based page of the source PDF the place is printed on; <see langword="null"/> when the disclosure did not come from a PDF.</param>
    [JsonConstructor]
    public FindingLocation(string JsonPointer, string Label, int? Page = null)
    {
        ArgumentNullException.ThrowIfNull(JsonPointer);
        ArgumentNullException.ThrowIfNull(Label);
        _jsonPointer = JsonPointer;
        _label = Label;
        this.Page = Page;
    }

    /// <summary>Initializes a new instance of the <see cref="FindingLocation"/> class whose pointer and label are made from a figure of a disclosure when read.</summary>
    internal FindingLocation(BudgetDisclosure disclosure, in FigureRef figure)
        : this(new LocationSource(disclosure, figure))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FindingLocation"/> class whose pointer and label are made from a place when read.</summary>
    internal FindingLocation(FindingPlace place)
        : this(new LocationSource(place))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FindingLocation"/> class whose pointer and label are made when read.</summary>
    internal FindingLocation(in LocationSource source) => _source = source;

    /// <summary>Gets the RFC 6901 JSON Pointer, e.g. "/tables/1/rows/3/cells/total".</summary>
    public string JsonPointer
    {
        get => _jsonPointer ??= _source.Pointer();
        init => _jsonPointer = value;
    }

    /// <summary>Gets a human label, e.g. "表2 · 206 01 · 总计".</summary>
    public string Label
    {
        get => _label ??= _source.Label();
        init => _label = value;
    }

    /// <summary>Gets the 1-based page of the source PDF the place is printed on; <see langword="null"/> when the disclosure did not come from a PDF.</summary>
    public int? Page { get; init; }

    /// <summary>Gets the table cell the location is, without making its pointer: the table index, the row index and the column's index in the table (int.MaxValue for a key the table has no column for).</summary>
    /// <returns><see langword="false"/> when the location was not made from a table cell by the validator.</returns>
    internal bool TryCell(out int table, out int row, out int column)
    {
        if (_jsonPointer is not null)
        {
            table = row = column = -1;
            return false;
        }

        return _source.TryCell(out table, out row, out column);
    }

    /// <summary>Gets the tokens of the location's pointer, without writing the pointer when it has not been written yet.</summary>
    internal PlacePath Path()
        => _jsonPointer is not null ? PlacePath.Read(_jsonPointer) : _source.Path();

    /// <summary>Gets the pointer when it was given or has been written; <see langword="null"/> when it is still to be made.</summary>
    internal string? WrittenPointer => _jsonPointer;

    /// <summary>Deconstructs the location.</summary>
    /// <param name="JsonPointer">The JSON Pointer.</param>
    /// <param name="Label">The human label.</param>
    /// <param name="Page">The page, if known.</param>
    public void Deconstruct(out string JsonPointer, out string Label, out int? Page)
    {
        JsonPointer = this.JsonPointer;
        Label = this.Label;
        Page = this.Page;
    }

    /// <summary>Compares two locations by pointer, label and page.</summary>
    /// <param name="other">The other location.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(FindingLocation? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Page == other.Page
                    && string.Equals(JsonPointer, other.JsonPointer, StringComparison.Ordinal)
                    && string.Equals(Label, other.Label, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(JsonPointer), StringComparer.Ordinal.GetHashCode(Label), Page);
}

/// <summary>A place in a disclosure other than a printed figure, whose pointer and label a finding's location makes when first read.</summary>
internal abstract class FindingPlace
{
    /// <summary>Makes the tokens of the place's JSON Pointer.</summary>
    public abstract PlacePath Path();

    /// <summary>Makes the label of the place.</summary>
    public abstract string Label();
}
