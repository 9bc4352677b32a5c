namespace OpenBudget.Json;

/// <summary>Thrown when a document is not a readable disclosure: it says where (JSON path, line, position) and what was expected.</summary>
public sealed class DisclosureJsonException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DisclosureJsonException"/> class.</summary>
    public DisclosureJsonException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DisclosureJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DisclosureJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DisclosureJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DisclosureJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DisclosureJsonException"/> class.</summary>
    /// <param name="reason">What was wrong, without the location.</param>
    /// <param name="path">The JSON path of the offending value, e.g. "$.tables[1].rows[3].cells.total".</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in the line, when known.</param>
    /// <param name="innerException">The cause.</param>
    public DisclosureJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(FormatMessage(reason, path, lineNumber, bytePositionInLine), innerException)
    {
        Reason = reason;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what was wrong, without the location.</summary>
    public string? Reason { get; }

    /// <summary>Gets the JSON path of the offending value, when known.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the offending value, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 1-based byte position within the line, when known.</summary>
    public long? BytePositionInLine { get; }

    private static string FormatMessage(string reason, string? path, long? line, long? position)
    {
        string where = line is null ? "" : $"line {line}, position {position}";
        if (path is not null)
        {
            where = where.Length == 0 ? path : $"{where} ({path})";
        }

        return where.Length == 0 ? reason : $"{where}: {reason}";
    }
}
