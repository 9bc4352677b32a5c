using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Money;

/// <summary>The outcome of reading a text: a value, or a <see cref="ParseFailure"/> that says why and where the text is wrong.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>
/// Like NodaTime's <c>ParseResult&lt;T&gt;</c>: callers report bad input without catching exceptions.
/// A struct, so a successful result allocates nothing; the default value is a success holding <c>default(T)</c>.
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;

    internal ParseResult(T value)
    {
        _value = value;
        Failure = null;
    }

    internal ParseResult(ParseFailure failure)
    {
        _value = default!;
        Failure = failure;
    }

    /// <summary>Gets a value indicating whether the text was read.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Success => Failure is null;

    /// <summary>Gets why the text could not be read, or <see langword="null"/> on success.</summary>
    public ParseFailure? Failure { get; }

    /// <summary>Gets the value read.</summary>
    /// <exception cref="FormatException">The text could not be read; the message names the text and says why.</exception>
    public T Value => Success ? _value : throw Failure.ToException();

    /// <summary>Gets the value read, or throws the failure as an exception.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text could not be read; the message names the text and says why.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value read, if the text was read.</summary>
    /// <param name="value">The value on success; <c>default(T)</c> otherwise.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Describes the result: the value, or the failure's message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? $"Success: {_value}" : $"Failure: {Failure.Message}";
}
