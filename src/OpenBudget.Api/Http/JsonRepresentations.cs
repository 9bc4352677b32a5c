using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Representations;

namespace OpenBudget.Api.Http;

/// <summary>Renders the API's own responses to bytes with the service's JSON options, so they carry an ETag like the disclosures do.</summary>
public sealed class JsonRepresentations(IOptions<JsonOptions> options)
{
    private readonly JsonSerializerOptions _options = options.Value.SerializerOptions;

    /// <summary>Renders a value.</summary>
    /// <typeparam name="T">A type the service's JSON contexts know.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The representation.</returns>
    public Representation Of<T>(T value)
        => new(JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T))), ContentTypes.Json);
}
