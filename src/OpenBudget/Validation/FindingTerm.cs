using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>One printed figure that took part in an identity.</summary>
/// <remarks>The validator writes a term's label and pointer when they are first read, from the figure's place in the disclosure.</remarks>
public sealed record FindingTerm
{
    private readonly BudgetDisclosure? _disclosure;
    private readonly FigureRef _figure;
    private string? _label;
    private string? _jsonPointer;

    /// <summary>Initializes a new instance of the <see cref="FindingTerm"/> class.</summary>
    /// <param name="label">What the figure is, e.g. "206 01 01 行政运行".</param>
    /// <param name="value">The figure as printed, in the unit of the finding; <see langword="null"/> when the cell was blank (counted as zero).</param>
    /// <param name="jsonPointer">The JSON Pointer of the figure.</param>
    public FindingTerm(string label, decimal? value, string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(jsonPointer);
        _label = label;
        Value = value;
        _jsonPointer = jsonPointer;
    }

    /// <summary>Initializes a new instance of the <see cref="FindingTerm"/> class whose label and pointer are made from a figure of a disclosure when read.</summary>
    internal FindingTerm(BudgetDisclosure disclosure, in FigureRef figure, decimal? value)
    {
        _disclosure = disclosure;
        _figure = figure;
        Value = value;
    }

    /// <summary>Gets what the figure is, e.g. "206 01 01 行政运行".</summary>
    public string Label
    {
        get => _label ??= _figure.Label(_disclosure!);
        init => _label = value;
    }

    /// <summary>Gets the figure as printed, in the unit of the finding; <see langword="null"/> when the cell was blank (counted as zero).</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the JSON Pointer of the figure.</summary>
    public string JsonPointer
    {
        get => _jsonPointer ??= _figure.Pointer();
        init => _jsonPointer = value;
    }

    /// <summary>Deconstructs the term.</summary>
    /// <param name="label">What the figure is.</param>
    /// <param name="value">The figure as printed.</param>
    /// <param name="jsonPointer">The JSON Pointer of the figure.</param>
    public void Deconstruct(out string label, out decimal? value, out string jsonPointer)
    {
        label = Label;
        value = Value;
        jsonPointer = JsonPointer;
    }

    /// <summary>Compares two terms by label, value and pointer.</summary>
    /// <param name="other">The other term.</param>
    /// <returns><see langword="true"/> when all three are equal.</returns>
    public bool Equals(FindingTerm? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Value == other.Value
                    && string.Equals(JsonPointer, other.JsonPointer, StringComparison.Ordinal)
                    && string.Equals(Label, other.Label, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, StringComparer.Ordinal.GetHashCode(JsonPointer), StringComparer.Ordinal.GetHashCode(Label));
}

/// <summary>What a finding's terms are made from when first read: the validator keeps the figures, not the terms' labels and pointers.</summary>
internal interface IFindingTermSource
{
    /// <summary>Makes the terms, each time anew.</summary>
    FindingTerm[] Make();
}

/// <summary>The printed figures a sum or comparison added up, made into terms in the unit of the finding.</summary>
internal static class FigureTerms
{
    /// <summary>Makes a term per figure, its value converted to a unit, or kept as printed when the unit is <see langword="null"/>.</summary>
    public static FindingTerm[] Make(BudgetDisclosure disclosure, FigureRef[] figures, OpenBudget.Money.PresentationUnit? unit)
    {
        var terms = new FindingTerm[figures.Length];
        for (int i = 0; i < figures.Length; i++)
        {
            ref readonly FigureRef figure = ref figures[i];
            decimal? value = figure.Amount.IsBlank ? null : unit is { } to ? ValidationContext.Convert(figure.Amount.Value, figure.Unit, to) : figure.Amount.Value;
            terms[i] = new FindingTerm(disclosure, figure, value);
        }

        return terms;
    }
}
