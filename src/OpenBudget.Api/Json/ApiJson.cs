using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Json;

namespace OpenBudget.Api.Json;

/// <summary>Makes ASP.NET write JSON as the library does: the same encoder (Chinese unescaped), naming, null handling and converters.</summary>
internal static class ApiJson
{
    /// <summary>Copies the library's settings onto ASP.NET's options and puts the API's and the library's source-generated contexts first.</summary>
    /// <param name="options">ASP.NET's JSON options.</param>
    internal static void Configure(JsonSerializerOptions options)
    {
        JsonSerializerOptions library = OpenBudgetJson.Options;
        options.Encoder = library.Encoder;
        options.PropertyNamingPolicy = library.PropertyNamingPolicy;
        options.DefaultIgnoreCondition = library.DefaultIgnoreCondition;
        options.UnmappedMemberHandling = library.UnmappedMemberHandling;
        options.NumberHandling = library.NumberHandling;
        options.MaxDepth = library.MaxDepth;
        options.WriteIndented = library.WriteIndented;
        foreach (var converter in library.Converters)
        {
            options.Converters.Add(converter);
        }

        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        options.TypeInfoResolverChain.Insert(1, library.TypeInfoResolver ?? throw new InvalidOperationException("The library's JSON options have no resolver."));
    }
}
