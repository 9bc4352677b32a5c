namespace OpenBudget.Export;

/// <summary>Thrown when a disclosure or a row cannot be exported as it is: the message says which cell or value and why, and <see cref="JsonPointer"/> points at it.</summary>
public sealed class TidyExportException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TidyExportException"/> class.</summary>
    public TidyExportException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TidyExportException"/> class.</summary>
    /// <param name="message">What was wrong and where.</param>
    public TidyExportException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TidyExportException"/> class.</summary>
    /// <param name="message">What was wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public TidyExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TidyExportException"/> class.</summary>
    /// <param name="message">What was wrong and where.</param>
    /// <param name="jsonPointer">The JSON Pointer of the offending cell or value in the disclosure's JSON.</param>
    public TidyExportException(string message, string? jsonPointer)
        : base(jsonPointer is null ? message : $"{jsonPointer}: {message}") => JsonPointer = jsonPointer;

    /// <summary>Gets the JSON Pointer of the offending cell or value, when known.</summary>
    public string? JsonPointer { get; }
}
