using System.Text.Json.Serialization;

namespace OpenBudget.Export;

// The datapackage.json written by FiscalDataPackageWriter: a Frictionless Tabular Data Package with the Fiscal Data Package
// "model" (measures and dimensions mapped onto the resource's columns), as OpenSpending's tools read it.
internal sealed record FiscalDataPackageDescriptor(
    string Name,
    string Title,
    string? Description,
    string Profile,
    string CountryCode,
    FiscalPeriod? FiscalPeriod,
    IReadOnlyList<DataResource> Resources,
    FiscalModel Model);

internal sealed record FiscalPeriod(string Start, string End);

internal sealed record DataResource(
    string Name,
    string Path,
    string Profile,
    string Format,
    [property: JsonPropertyName("mediatype")] string MediaType,
    string Encoding,
    CsvDialect Dialect,
    TableSchema Schema);

internal sealed record CsvDialect(string Delimiter, string LineTerminator, string QuoteChar, bool DoubleQuote, bool Header);

internal sealed record TableSchema(IReadOnlyList<TableSchemaField> Fields, IReadOnlyList<string> MissingValues);

internal sealed record TableSchemaField(string Name, string Type, string Description, string? DecimalChar);

internal sealed record FiscalModel(IReadOnlyDictionary<string, FiscalMeasure> Measures, IReadOnlyDictionary<string, FiscalDimension> Dimensions);

internal sealed record FiscalMeasure(string Source, string Currency, int Factor, string? Phase, string Title);

internal sealed record FiscalDimension(
    string DimensionType,
    string? ClassificationType,
    IReadOnlyDictionary<string, FiscalAttribute> Attributes,
    IReadOnlyList<string> PrimaryKey);

internal sealed record FiscalAttribute(
    string Source,
    [property: JsonPropertyName("labelfor")] string? LabelFor,
    string? Parent);
