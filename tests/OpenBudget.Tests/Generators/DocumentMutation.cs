using OpenBudget.Json;

namespace OpenBudget.Tests.Generators;

/// <summary>A disclosure document broken in one place.</summary>
/// <param name="Kind">What was broken, e.g. "wrong type" or "missing 'title'".</param>
/// <param name="Path">Where: the value replaced, or the object a property was removed from.</param>
/// <param name="Utf8">The broken document.</param>
internal sealed record DocumentMutation(string Kind, JsonPathSegment[] Path, byte[] Utf8)
{
    /// <summary>Gets the path as the reader reports it, e.g. $.tables[0].rows[3].cells['economic.312'].</summary>
    public string JsonPath => JsonErrorLocator.Format(Path);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} at {JsonPath}";
}
