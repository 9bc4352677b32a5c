using System.Text.Json.Serialization;

namespace OpenBudget.Disclosures;

/// <summary>A term of the glossary (名词解释) with its definition.</summary>
/// <param name="Term">The term, e.g. "财政拨款".</param>
/// <param name="Definition">The definition as printed.</param>
public sealed record GlossaryEntry([property: JsonRequired] string Term, [property: JsonRequired] string Definition);
