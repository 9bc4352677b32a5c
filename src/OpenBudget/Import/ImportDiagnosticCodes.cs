namespace OpenBudget.Import;

/// <summary>The stable codes of <see cref="ImportDiagnostic.Code"/>.</summary>
public static class ImportDiagnosticCodes
{
    /// <summary>The input holds no text.</summary>
    public const string EmptyInput = "empty-input";

    /// <summary>The input is binary data (a PDF, an image, a spreadsheet), not extracted text.</summary>
    public const string BinaryInput = "binary-input";

    /// <summary>The input is text but holds no disclosure: no table titles, no part headings.</summary>
    public const string NotADisclosure = "not-a-disclosure";

    /// <summary>A table title the importer does not know; its rows are kept as printed under <c>TableKind.Other</c>.</summary>
    public const string UnknownTable = "unknown-table";

    /// <summary>A column header the importer does not understand; its key is its label.</summary>
    public const string UnknownColumn = "unknown-column";

    /// <summary>A table has no header rows the importer can read.</summary>
    public const string MissingHeader = "missing-header";

    /// <summary>A cell in an amount column is not an amount.</summary>
    public const string UnparseableAmount = "unparseable-amount";

    /// <summary>A row holds more amounts than its table has columns, or text where no column stands.</summary>
    public const string RowDoesNotFit = "row-does-not-fit";

    /// <summary>The input ends inside a table, before its total row.</summary>
    public const string TruncatedTable = "truncated-table";

    /// <summary>A classification code that cannot be read, or that the year's catalogue does not hold.</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A code printed with a missing digit ("301 2") read as the code it stands for ("301 02").</summary>
    public const string CodePadded = "code-padded";

    /// <summary>A named table line whose meaning the importer does not know; it is kept without a key.</summary>
    public const string UnknownRowLabel = "unknown-row-label";

    /// <summary>A table continued on a later page whose header differs from the first page's.</summary>
    public const string ContinuationHeaderDiffers = "continuation-header-differs";

    /// <summary>A section of prose the importer does not know; its paragraphs are kept as other notes.</summary>
    public const string UnknownSection = "unknown-section";

    /// <summary>A statement the importer recognised but could not read completely.</summary>
    public const string UnreadStatement = "unread-statement";

    /// <summary>A performance table the importer could not read completely.</summary>
    public const string UnreadPerformanceTable = "unread-performance-table";

    /// <summary>Numbers of the input that were not placed in the model (see the coverage figure).</summary>
    public const string NumbersNotPlaced = "numbers-not-placed";

    /// <summary>How the text was read: its shape and measure.</summary>
    public const string TextShape = "text-shape";
}
