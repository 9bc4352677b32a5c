using System.Text.Json.Serialization;

namespace OpenBudget.Export;

/// <summary>The source-generated JSON metadata for the descriptors exports write (datapackage.json).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(FiscalDataPackageDescriptor))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
}
