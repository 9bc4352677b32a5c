namespace OpenBudget.Money;

/// <summary>Thrown when money in two different currencies is added, subtracted, compared or summed together.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    public CurrencyMismatchException()
        : base("Money in different currencies cannot be combined.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class for two currencies; the message names both codes.</summary>
    /// <param name="left">The currency of the first operand (or the expected currency).</param>
    /// <param name="right">The currency of the second operand (or the one found).</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    public CurrencyMismatchException(Currency left, Currency right, string operation)
        : base($"Cannot {operation} money in {left.Code} and money in {right.Code}: the currencies differ.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>Gets the currency of the first operand, or the expected currency; <see langword="null"/> when not given.</summary>
    public Currency? Left { get; }

    /// <summary>Gets the currency of the second operand, or the one found; <see langword="null"/> when not given.</summary>
    public Currency? Right { get; }
}
