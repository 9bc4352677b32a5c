using System.Text.Json.Serialization;
using OpenBudget.Api.Contracts;

namespace OpenBudget.Api.Json;

/// <summary>The source-generated JSON metadata of the API's own responses; model types come from the library's context.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DisclosureList))]
[JsonSerializable(typeof(DisclosureSummary))]
[JsonSerializable(typeof(RevisionList))]
[JsonSerializable(typeof(ClassificationEntryResponse))]
[JsonSerializable(typeof(ClassificationChildrenResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(AggregateResponse))]
[JsonSerializable(typeof(BulkIndex))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(OpenBudget.Api.Bulk.BulkManifest))]
[JsonSerializable(typeof(InputError[]))]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
}
