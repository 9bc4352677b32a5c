namespace OpenBudget.Validation;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 0,

    /// <summary>Probably a problem of presentation (a name, a convention).</summary>
    Warning = 1,

    /// <summary>The disclosure disagrees with itself.</summary>
    Error = 2,
}
