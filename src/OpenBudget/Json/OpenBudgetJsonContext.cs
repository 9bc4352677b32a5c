using System.Text.Json.Serialization;
using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Json;

/// <summary>The source-generated System.Text.Json metadata for every type OpenBudget reads and writes; use <see cref="OpenBudgetJson.Options"/> rather than this context's defaults.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    MaxDepth = 64,
    Converters =
    [
        typeof(AmountJsonConverter),
        typeof(ClassificationCodeJsonConverter<FunctionalCode>),
        typeof(ClassificationCodeJsonConverter<EconomicCode>),
        typeof(TableCellsJsonConverter),
        typeof(EquatableArrayJsonConverter<string>),
        typeof(BudgetUnitsJsonConverter),
        typeof(TableColumnsJsonConverter),
        typeof(TableRowsJsonConverter),
        typeof(DisclosureTablesJsonConverter),
        typeof(StatedFiguresJsonConverter),
        typeof(NamedAmountsJsonConverter),
        typeof(FigureGroupsJsonConverter),
        typeof(AssetHoldingsJsonConverter),
        typeof(ProjectDescriptionsJsonConverter),
        typeof(EquatableArrayJsonConverter<NamedText>),
        typeof(PerformanceIndicatorsJsonConverter),
        typeof(PerformanceTablesJsonConverter),
        typeof(GlossaryJsonConverter),
        typeof(CamelCaseEnumConverter<DisclosurePhase>),
        typeof(CamelCaseEnumConverter<BudgetUnitKind>),
        typeof(CamelCaseEnumConverter<TableKind>),
        typeof(CamelCaseEnumConverter<TableSide>),
        typeof(CamelCaseEnumConverter<RowKind>),
        typeof(CamelCaseEnumConverter<ChangeDirection>),
        typeof(CamelCaseEnumConverter<TargetComparator>),
        typeof(CamelCaseEnumConverter<PerformanceScope>),
        typeof(CamelCaseEnumConverter<PresentationUnit>),
        typeof(EquatableArrayJsonConverter<Finding>),
        typeof(EquatableArrayJsonConverter<FindingTerm>),
        typeof(EquatableArrayJsonConverter<SkippedRule>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<Verdict>),
        typeof(CamelCaseEnumConverter<RuleCategory>),
    ])]
[JsonSerializable(typeof(BudgetDisclosure))]
[JsonSerializable(typeof(DisclosureTable))]
[JsonSerializable(typeof(TableRow))]
[JsonSerializable(typeof(Amount))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ValidationReport))]
public sealed partial class OpenBudgetJsonContext : JsonSerializerContext
{
}
