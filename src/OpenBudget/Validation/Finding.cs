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
        get => _message ??= _text?.En() ?? "";
        init => _message = value;
    }

    /// <summary>Gets the message in Chinese.</summary>
    public string MessageZh
    {
        get => _messageZh ??= _text?.Zh() ?? "";
        init => _messageZh = value;
    }

    /// <summary>Gets where the finding points.</summary>
    public FindingLocation Location
    {
        get => _location ?? NoLocation;
        init => _location = value;
    }

    /// <summary>Gets the unit the figures are in.</summary>
    public PresentationUnit? Unit { get; init; }

    /// <summary>Gets the figure as printed (the total, the share, the stated size).</summary>
    public decimal? Stated { get; init; }

    /// <summary>Gets the figure the identity expects (the sum of the terms, the recomputed share).</summary>
    public decimal? Expected { get; init; }

    /// <summary>Gets stated minus expected.</summary>
    public decimal? Difference { get; init; }

    /// <summary>Gets the largest difference independent rounding of the printed figures explains.</summary>
    public decimal? Tolerance { get; init; }

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

    /// <summary>Sets the source of the messages not set explicitly, formatted on first read.</summary>
    internal FindingText? Text
    {
        init => _text = value;
    }

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
}
