using System.Text.Json.Serialization;

namespace OpenBudget.Api.Contracts;

/// <summary>One place where a request body is wrong, as listed in a problem's "errors" member.</summary>
/// <param name="JsonPointer">The RFC 6901 JSON Pointer of the offending value, e.g. "/tables/1/rows/3"; written as "pointer".</param>
/// <param name="Detail">What is wrong there.</param>
public sealed record InputError([property: JsonPropertyName("pointer")] string JsonPointer, string Detail);
