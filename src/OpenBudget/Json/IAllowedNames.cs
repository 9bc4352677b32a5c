namespace OpenBudget.Json;

/// <summary>A converter that reads only a fixed list of names, which error messages can quote.</summary>
internal interface IAllowedNames
{
    /// <summary>Gets the names as an error message quotes them: "budget", "finalAccounts".</summary>
    string AllowedList { get; }
}
