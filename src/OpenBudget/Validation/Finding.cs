using OpenBudget.Collections;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>One place where a disclosure disagrees with itself, with what was stated, what was expected and whether rounding explains it.</summary>
/// <remarks>
/// The validator writes a finding's messages when they are first read, from the figures it found: a caller that only counts or
/// filters findings does not pay for formatting them. Equality compares the messages' text, however they were made.
/// </remarks>
public sealed record Finding
{
    private string? _message;
    private string? _messageZh;
    private FindingText? _text;
    private EquatableArray<FindingTerm> _terms;
    private IFindingTermSource? _termSource;
    private FindingTerm[]? _madeTerms;
    private FindingLocation? _location;
    private decimal _stated;
    private decimal _expected;
    private decimal _difference;
    private decimal _tolerance;
    private Figures _figures;

    /// <summary>The location of a finding made without one: an empty pointer and label, shared rather than made for every finding.</summary>
    private static readonly FindingLocation NoLocation = new("", "");

    /// <summary>Gets the id of the rule that found it, e.g. "OB1001".</summary>
    public string RuleId { get; init; } = "";

    /// <summary>Gets how much it matters.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets whether rounding explains the difference.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>Gets the message in English.</summary>
    public string Message
    {
        get => _message ??= _text?.En(this) ?? "";
        init => _message = value;
    }

    /// <summary>Gets the message in Chinese.</summary>
    public string MessageZh
    {
        get => _messageZh ??= _text?.Zh(this) ?? "";
        init => _messageZh = value;
    }

    /// <summary>Gets where the finding points.</summary>
    public FindingLocation Location
    {
        get
        {
            if (Volatile.Read(ref _location) is { } location)
            {
                return location;
            }

            // Made from the place the validator found, on first read; two readers at once make equal ones and the first is kept.
            location = _text is { Source.IsEmpty: false } text ? new FindingLocation(text.Source) : NoLocation;
            return Interlocked.CompareExchange(ref _location, location, null) ?? location;
        }

        init => _location = value;
    }

    /// <summary>Gets the unit the figures are in.</summary>
    public PresentationUnit? Unit { get; init; }

    /// <summary>Gets the figure as printed (the total, the share, the stated size).</summary>
    public decimal? Stated
    {
        get => Get(_stated, Figures.Stated);
        init => _stated = Set(value, Figures.Stated);
    }

    /// <summary>Gets the figure the identity expects (the sum of the terms, the recomputed share).</summary>
    public decimal? Expected
    {
        get => Get(_expected, Figures.Expected);
        init => _expected = Set(value, Figures.Expected);
    }

    /// <summary>Gets stated minus expected.</summary>
    public decimal? Difference
    {
        get => Get(_difference, Figures.Difference);
        init => _difference = Set(value, Figures.Difference);
    }

    /// <summary>Gets the largest difference independent rounding of the printed figures explains.</summary>
    public decimal? Tolerance
    {
        get => Get(_tolerance, Figures.Tolerance);
        init => _tolerance = Set(value, Figures.Tolerance);
    }

    /// <summary>Gets the printed text that was compared, for name and code findings.</summary>
    public string? StatedText { get; init; }

    /// <summary>Gets the text the rule expected, for name and code findings.</summary>
    public string? ExpectedText { get; init; }

    /// <summary>Gets the figures that were summed or compared.</summary>
    public EquatableArray<FindingTerm> Terms
    {
        get
        {
            if (_termSource is null)
            {
                return _terms;
            }

            if (Volatile.Read(ref _madeTerms) is not { } made)
            {
                // Two readers at once may both make the terms; they make equal ones and the first one written is kept.
                Interlocked.CompareExchange(ref _madeTerms, _termSource.Make(), null);
                made = _madeTerms!;
            }

            return new EquatableArray<FindingTerm>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(made));
        }

        init
        {
            _terms = value;
            _termSource = null;
            _madeTerms = null;
        }
    }

    /// <summary>Sets where the terms are made from when first read, instead of setting <see cref="Terms"/>.</summary>
    internal IFindingTermSource? TermSource
    {
        init => _termSource = value;
    }

    /// <summary>Sets the location, or none so that it is made from the text's place when first read.</summary>
    internal FindingLocation? GivenLocation
    {
        init => _location = value;
    }

    /// <summary>Sets the source of the messages not set explicitly, and of the location when none is given, made on first read.</summary>
    internal FindingText? Text
    {
        init => _text = value;
    }

    /// <summary>Gets the table cell the finding points at, without making its location: see <see cref="FindingLocation.TryCell"/>.</summary>
    internal bool TryCell(out int table, out int row, out int column)
        => _location is { } location ? location.TryCell(out table, out row, out column) : (_text?.Source ?? default).TryCell(out table, out row, out column);

    /// <summary>Gets the pointer of the location when it was given or has been written; <see langword="null"/> when it is still to be made.</summary>
    internal string? WrittenPointer => _location is { } location ? location.WrittenPointer : _text is { Source.IsEmpty: false } ? null : "";

    /// <summary>Gets the tokens of the location's pointer, without writing it when it has not been written yet.</summary>
    internal PlacePath Path() => _location is { } location ? location.Path() : _text is { Source.IsEmpty: false } text ? text.Source.Path() : default;

    /// <summary>Compares two findings by every property, messages by their text.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(Finding? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
                    && Severity == other.Severity
                    && Verdict == other.Verdict
                    && Location == other.Location
                    && Unit == other.Unit
                    && Stated == other.Stated
                    && Expected == other.Expected
                    && Difference == other.Difference
                    && Tolerance == other.Tolerance
                    && string.Equals(StatedText, other.StatedText, StringComparison.Ordinal)
                    && string.Equals(ExpectedText, other.ExpectedText, StringComparison.Ordinal)
                    && Terms == other.Terms
                    && string.Equals(Message, other.Message, StringComparison.Ordinal)
                    && string.Equals(MessageZh, other.MessageZh, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(RuleId, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(Verdict);
        hash.Add(Location);
        hash.Add(Unit);
        hash.Add(Stated);
        hash.Add(Expected);
        hash.Add(Difference);
        hash.Add(Tolerance);
        hash.Add(StatedText, StringComparer.Ordinal);
        hash.Add(ExpectedText, StringComparer.Ordinal);
        hash.Add(Terms);
        hash.Add(Message, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Initializes a new instance of the <see cref="Finding"/> class as a copy: the copy keeps the messages and the location of the original as they were made, whatever it changes.</summary>
    /// <param name="original">The finding copied.</param>
    private Finding(Finding original)
    {
        _message = original.Message;
        _messageZh = original.MessageZh;
        _location = original.Location;
        _terms = original._terms;
        _termSource = original._termSource;
        _madeTerms = original._madeTerms;
        _stated = original._stated;
        _expected = original._expected;
        _difference = original._difference;
        _tolerance = original._tolerance;
        _figures = original._figures;
        RuleId = original.RuleId;
        Severity = original.Severity;
        Verdict = original.Verdict;
        Unit = original.Unit;
        StatedText = original.StatedText;
        ExpectedText = original.ExpectedText;
    }

    /// <summary>The figures a finding has, kept beside the four decimals instead of in four nullable ones.</summary>
    [Flags]
    private enum Figures : byte
    {
        None = 0,
        Stated = 1,
        Expected = 2,
        Difference = 4,
        Tolerance = 8,
    }

    private decimal? Get(decimal value, Figures figure) => (_figures & figure) != 0 ? value : null;

    private decimal Set(decimal? value, Figures figure)
    {
        _figures = value.HasValue ? _figures | figure : _figures & ~figure;
        return value.GetValueOrDefault();
    }
}
