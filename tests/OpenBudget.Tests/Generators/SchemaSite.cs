using System.Text.Json.Nodes;
using OpenBudget.Json;

namespace OpenBudget.Tests.Generators;

/// <summary>A value of a document with the schema that applies to it.</summary>
/// <param name="Document">The whole document.</param>
/// <param name="Path">Where the value is.</param>
/// <param name="Node">The value (null for JSON null).</param>
/// <param name="Schema">The schema of the value, with $ref and "or null" resolved.</param>
/// <param name="IsAmount">Whether the schema is the amount definition.</param>
internal sealed record SchemaSite(JsonObject Document, JsonPathSegment[] Path, JsonNode? Node, JsonObject Schema, bool IsAmount);
