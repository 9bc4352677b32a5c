using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;

namespace OpenBudget.Tests.Json;

/// <summary>The published schema and the C# model agree: the same properties, types, nullability, required members and enumeration values.</summary>
public class SchemaModelAgreementTests
{
    private static readonly JsonSerializerOptions Options = OpenBudgetJson.Options;

    /// <summary>Gets every object type of the model reachable from <see cref="BudgetDisclosure"/>, found by walking the source-generated metadata.</summary>
    public static TheoryData<string> ObjectTypes => [.. ModelTypes.Value.Objects.Keys];

    /// <summary>Gets every enum type of the model reachable from <see cref="BudgetDisclosure"/>.</summary>
    public static TheoryData<string> EnumTypes => [.. ModelTypes.Value.Enums.Keys];

    private static Lazy<(Dictionary<string, Type> Objects, Dictionary<string, Type> Enums)> ModelTypes { get; } = new(WalkModel);

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void Every_json_property_of_the_model_type_is_in_its_schema_definition(string definition)
    {
        IEnumerable<string> missing = JsonProperties(definition).Select(p => p.Name).Except(SchemaProperties(definition).Select(p => p.Key));
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void Every_property_of_the_schema_definition_is_a_json_property_of_the_model_type(string definition)
    {
        IEnumerable<string> extra = SchemaProperties(definition).Select(p => p.Key).Except(JsonProperties(definition).Select(p => p.Name));
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void The_schema_requires_exactly_the_properties_the_reader_requires(string definition)
    {
        string[] schemaRequired = [.. (Definition(definition)["required"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)];
        string[] readerRequired = [.. JsonProperties(definition).Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(readerRequired, schemaRequired);
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void Each_property_has_the_schema_type_of_its_model_type_and_nullability(string definition)
    {
        JsonObject properties = Definition(definition)["properties"]!.AsObject();
        string[] model = [.. JsonProperties(definition).Select(p => $"{p.Name}: {ExpectedShape(p.PropertyType, p.IsGetNullable || p.IsSetNullable)}")];
        string[] schema = [.. JsonProperties(definition).Select(p => $"{p.Name}: {SchemaShape(properties[p.Name])}")];
        Assert.Equal(model, schema);
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void Definitions_of_objects_refuse_other_properties(string definition)
        => Assert.False(Definition(definition)["additionalProperties"]!.GetValue<bool>());

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Enumeration_values_are_what_the_writer_writes_for_each_value(string definition)
    {
        Type type = ModelTypes.Value.Enums[definition];
        JsonTypeInfo info = Options.GetTypeInfo(type);
        string[] written = [.. Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Deserialize<string>(JsonSerializer.SerializeToUtf8Bytes(v, info), OpenBudgetJson.TypeInfo<string>())!)];
        string[] listed = [.. Definition(definition)["enum"]!.AsArray().Select(n => n!.GetValue<string>())];
        Assert.Equal(written.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_definition_of_the_schema_stands_for_a_model_type()
    {
        string[] modelled = [.. ModelTypes.Value.Objects.Keys.Concat(ModelTypes.Value.Enums.Keys).Concat(["amount", "functionalCode", "economicCode", "cells"]).Order(StringComparer.Ordinal)];
        string[] defined = [.. DisclosureSchema.Definitions.Select(d => d.Key).Order(StringComparer.Ordinal)];
        Assert.Equal(modelled, defined);
    }

    [Fact]
    public void Every_definition_and_every_property_has_a_description()
    {
        IEnumerable<string> undescribed =
            DisclosureSchema.Definitions.Where(d => d.Value!["description"] is null).Select(d => d.Key)
            .Concat(
                from d in DisclosureSchema.Definitions
                from p in d.Value!["properties"]?.AsObject() ?? []
                where string.IsNullOrWhiteSpace(p.Value!["description"]?.GetValue<string>())
                select $"{d.Key}.{p.Key}");
        Assert.Empty(undescribed);
    }

    [Fact]
    public void The_root_is_a_budget_disclosure_under_the_stable_id()
    {
        (string?, string?, string?) root = (
            DisclosureSchema.Root["$id"]?.GetValue<string>(),
            DisclosureSchema.Root["$schema"]?.GetValue<string>(),
            DisclosureSchema.Root["$ref"]?.GetValue<string>());
        Assert.Equal(
            ("https://openbudget.example.org/schemas/disclosure.v1.schema.json", "https://json-schema.org/draft/2020-12/schema", "#/$defs/budgetDisclosure"),
            root);
    }

    private static JsonObject Definition(string name)
        => DisclosureSchema.Definitions[name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The schema has no $defs entry '{name}'.");

    private static IEnumerable<KeyValuePair<string, JsonNode?>> SchemaProperties(string definition)
        => Definition(definition)["properties"]?.AsObject() ?? [];

    private static IEnumerable<JsonPropertyInfo> JsonProperties(string definition)
        => Options.GetTypeInfo(ModelTypes.Value.Objects[definition]).Properties.Where(p => p.Get is not null || p.Set is not null);

    /// <summary>The shape the schema should give a property of a C# type: "string", "integer?", "ref:tableRow", "array&lt;ref:tableRow&gt;".</summary>
    private static string ExpectedShape(Type type, bool nullable)
    {
        Type core = Nullable.GetUnderlyingType(type) ?? type;
        string shape = core switch
        {
            _ when core == typeof(string) || core == typeof(DateOnly) || core == typeof(Uri) => "string",
            _ when core == typeof(int) => "integer",
            _ when core == typeof(decimal) => "number",
            _ when core == typeof(bool) => "boolean",
            _ when core == typeof(Amount) => "ref:amount",
            _ when core == typeof(FunctionalCode) => "ref:functionalCode",
            _ when core == typeof(EconomicCode) => "ref:economicCode",
            _ when core == typeof(EquatableArray<TableCell>) => "ref:cells",
            _ when core.IsGenericType && core.GetGenericTypeDefinition() == typeof(EquatableArray<>) => $"array<{ExpectedShape(core.GetGenericArguments()[0], false)}>",
            _ => $"ref:{DefinitionName(core)}",
        };
        return nullable ? shape + "?" : shape;
    }

    /// <summary>The shape a property's schema gives, in the same notation.</summary>
    private static string SchemaShape(JsonNode? schema)
    {
        if (schema is null)
        {
            return "(absent)";
        }

        if (schema["$ref"] is JsonNode reference)
        {
            return "ref:" + reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
        }

        if (schema["anyOf"] is JsonArray { Count: 2 } anyOf && anyOf[1]!["type"]?.GetValue<string>() == "null")
        {
            return SchemaShape(anyOf[0]) + "?";
        }

        return schema["type"] switch
        {
            JsonArray types when types.Count == 2 && types[1]!.GetValue<string>() == "null" => types[0]!.GetValue<string>() + "?",
            JsonValue type when type.GetValue<string>() == "array" => $"array<{SchemaShape(schema["items"])}>",
            JsonValue type => type.GetValue<string>(),
            _ => schema.ToJsonString(),
        };
    }

    private static string DefinitionName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    private static (Dictionary<string, Type> Objects, Dictionary<string, Type> Enums) WalkModel()
    {
        var objects = new Dictionary<string, Type>(StringComparer.Ordinal);
        var enums = new Dictionary<string, Type>(StringComparer.Ordinal);
        var pending = new Stack<Type>([typeof(BudgetDisclosure)]);
        while (pending.TryPop(out Type? type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                if (type != typeof(EquatableArray<TableCell>))
                {
                    pending.Push(type.GetGenericArguments()[0]);
                }

                continue;
            }

            if (type.IsEnum)
            {
                enums.TryAdd(DefinitionName(type), type);
                continue;
            }

            JsonTypeInfo info = Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object || !objects.TryAdd(DefinitionName(type), type))
            {
                continue;
            }

            foreach (JsonPropertyInfo property in info.Properties)
            {
                if (property.Get is not null || property.Set is not null)
                {
                    pending.Push(property.PropertyType);
                }
            }
        }

        return (objects, enums);
    }
}
