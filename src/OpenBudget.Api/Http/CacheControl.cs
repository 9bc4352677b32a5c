using Microsoft.Extensions.Options;
using OpenBudget.Api.Options;

namespace OpenBudget.Api.Http;

/// <summary>The Cache-Control values of reads: a short time for what can change, a year for what never does.</summary>
public sealed class CacheControl(IOptions<OpenBudgetOptions> options)
{
    /// <summary>Gets the value for resources that change when something is published (the current revision, listings).</summary>
    public string Changing { get; } = $"public, max-age={options.Value.CacheMaxAgeSeconds}, must-revalidate";

    /// <summary>Gets the value for resources that never change (a numbered revision, a catalogue entry, a schema).</summary>
    public string Immutable { get; } = "public, max-age=31536000, immutable";
}
