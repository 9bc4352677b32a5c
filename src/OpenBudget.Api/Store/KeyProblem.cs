namespace OpenBudget.Api.Store;

/// <summary>Why a disclosure cannot be identified: the JSON Pointer of the missing or wrong field and what was expected.</summary>
/// <param name="JsonPointer">The RFC 6901 pointer, e.g. "/region/code".</param>
/// <param name="Message">What is wrong.</param>
public sealed record KeyProblem(string JsonPointer, string Message);
