namespace OpenBudget.Import;

/// <summary>How much an import diagnostic matters.</summary>
public enum ImportSeverity
{
    /// <summary>Worth knowing; the text was read as it stands.</summary>
    Info = 0,

    /// <summary>Something was read with a guess (a padded code, a header not understood); the data is kept.</summary>
    Warning = 1,

    /// <summary>Something could not be read (an amount, a row, a cut-off table); the result is partial.</summary>
    Error = 2,

    /// <summary>The input is not a readable disclosure at all (binary data, empty, no disclosure content); there is no result.</summary>
    Fatal = 3,
}
