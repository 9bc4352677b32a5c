using System.Text.Json;

namespace OpenBudget.Json;

/// <summary>Where in a document an error was reported: the JSON path of the token there, what the token is, and whether the document stops being JSON there.</summary>
/// <param name="Path">The path to the token.</param>
/// <param name="TokenStart">The token's offset in the document; -1 before the first token.</param>
/// <param name="Token">The token's type; <see cref="JsonTokenType.None"/> before the first token.</param>
/// <param name="Found">The token in words, with its value when short, e.g. 'the string "2026"'.</param>
/// <param name="SyntaxError">Whether the document is not valid JSON at that point.</param>
/// <param name="AtEnd">Whether it stops being valid JSON because it ends too early.</param>
internal sealed record JsonErrorLocation(JsonPathSegment[] Path, int TokenStart, JsonTokenType Token, string Found, bool SyntaxError, bool AtEnd);
