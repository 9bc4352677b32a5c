namespace OpenBudget.Money;

/// <summary>Why and where a text could not be read: the failure held by a <see cref="ParseResult{T}"/>.</summary>
/// <remarks>Built only when parsing fails, so a successful parse allocates nothing.</remarks>
public sealed class ParseFailure
{
    /// <summary>Initializes a new instance of the <see cref="ParseFailure"/> class.</summary>
    /// <param name="text">The whole text that was read.</param>
    /// <param name="position">The zero-based index in <paramref name="text"/> of the character at fault.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">A sentence that names the text and says what is wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside the text, or <paramref name="kind"/> is <see cref="ParseErrorKind.None"/>.</exception>
    public ParseFailure(string text, int position, ParseErrorKind kind, string message)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, text.Length);
        if (kind == ParseErrorKind.None)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A failure needs a kind other than None.");
        }

        Text = text;
        Position = position;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the whole text that was read.</summary>
    public string Text { get; }

    /// <summary>Gets the zero-based index of the character at fault; the text's length when something is missing at its end.</summary>
    public int Position { get; }

    /// <summary>Gets what is wrong.</summary>
    public ParseErrorKind Kind { get; }

    /// <summary>Gets a sentence that names the text and says what is wrong, e.g. "'1,23.4' is not an amount: …".</summary>
    public string Message { get; }

    /// <summary>Makes the exception that a throwing parse method raises for this failure.</summary>
    /// <returns>A <see cref="FormatException"/> with <see cref="Message"/>.</returns>
    public FormatException ToException() => new(Message);

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
