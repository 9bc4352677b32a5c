using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Api.Hosting;

/// <summary>Describes in the OpenAPI document the library types that JSON writes through their own converters: amounts, codes, lists and a row's cells.</summary>
internal static class ModelSchemas
{
    private const string CodePattern = "^[1-9][0-9]{2}([0-9]{2}){0,2}$";

    internal static async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        OmittedWhenNull(schema);
        Type type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(Amount))
        {
            Reset(schema, JsonSchemaType.Number | JsonSchemaType.Null, "A printed amount: an exact decimal with the decimals it was printed with (\"6675.00\"), or null for a blank cell (nothing printed, not zero).");
        }
        else if (type == typeof(FunctionalCode) || type == typeof(EconomicCode))
        {
            Reset(schema, JsonSchemaType.String, type == typeof(FunctionalCode)
                ? "A functional classification code (支出功能分类科目): 3, 5 or 7 digits, e.g. \"2060404\"."
                : "An economic classification code (支出经济分类科目): 3 or 5 digits, e.g. \"30227\".");
            schema.Pattern = CodePattern;
        }
        else if (type == typeof(EquatableArray<TableCell>))
        {
            Reset(schema, JsonSchemaType.Object, "The row's cells: column key to printed amount, in column order; null for a blank cell.");
            schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.Null };
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            string? description = schema.Description;
            Reset(schema, JsonSchemaType.Array, description);
            schema.Items = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Null values are not written (the JSON options omit them), so a property that may be null is not required.</summary>
    private static void OmittedWhenNull(OpenApiSchema schema)
    {
        if (schema.Required is not { Count: > 0 } required || schema.Properties is null)
        {
            return;
        }

        foreach (string name in required.ToList())
        {
            if (schema.Properties.TryGetValue(name, out IOpenApiSchema? property) && MayBeNull(property))
            {
                required.Remove(name);
            }
        }
    }

    private static bool MayBeNull(IOpenApiSchema property)
        => property.Type is JsonSchemaType type && type.HasFlag(JsonSchemaType.Null)
            || property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
            || property.AnyOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    private static void Reset(OpenApiSchema schema, JsonSchemaType type, string? description)
    {
        schema.Type = type;
        schema.Description = description;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        schema.Format = null;
        schema.Pattern = null;
    }
}
