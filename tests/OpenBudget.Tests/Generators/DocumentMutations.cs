using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using OpenBudget.Json;
using OpenBudget.Tests.Json;

namespace OpenBudget.Tests.Generators;

/// <summary>Generators of disclosure documents broken in one place: a value of the wrong type, a required property left out, or an amount with three decimals.</summary>
/// <remarks>The places are found by walking a written document beside the published schema, so every object, array, amount and required property is a candidate.</remarks>
internal static class DocumentMutations
{
    // First: the generators below are built from it when the class initializes.
    private static Gen<JsonObject> Written { get; } =
        DisclosureGenerators.Disclosure.Select(d => JsonNode.Parse(OpenBudgetJson.SerializeToUtf8Bytes(d))!.AsObject());

    /// <summary>Gets documents with one value (not the root) replaced by a value of another JSON type: a string by a number, a number or boolean by a string, an object by an array, an array by an object.</summary>
    public static Gen<DocumentMutation> WrongType { get; } =
        from sites in Written.Select(d => Sites(d).Where(s => s.Path.Length > 0 && s.Node is not null).ToArray())
        from site in Gen.Elements(sites)
        select Replace(site, site.Node switch
        {
            JsonObject => new JsonArray(),
            JsonArray => new JsonObject(),
            JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(7),
            _ => JsonValue.Create("7"),
        }, "wrong type");

    /// <summary>Gets documents with one required property of one object left out.</summary>
    public static Gen<DocumentMutation> MissingRequired { get; } =
        from choices in Written.Select(d => Sites(d)
            .Where(s => s.Node is JsonObject)
            .SelectMany(s => (s.Schema["required"]?.AsArray() ?? []).Select(r => (Site: s, Property: r!.GetValue<string>())))
            .ToArray())
        from choice in Gen.Elements(choices)
        select Remove(choice.Site, choice.Property);

    /// <summary>Gets documents with one amount, blank or not, replaced by a number with three decimals, the third not zero.</summary>
    public static Gen<DocumentMutation> ThreeDecimalAmount { get; } =
        from sites in Written.Select(d => Sites(d).Where(s => s.IsAmount).ToArray()).Where(s => s.Length > 0)
        from site in Gen.Elements(sites)
        from whole in Gen.Choose(0, 99_999)
        from thousandths in Gen.Choose(0, 99).Select(h => (h * 10) + 1).SelectMany(t => Gen.Choose(0, 8).Select(d => t + d))
        select Replace(site, JsonValue.Create(whole + (thousandths / 1000m)), "three decimals");

    /// <summary>Lists every value of a document with the schema that applies to it, following $ref, anyOf with null, properties, additionalProperties and items.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The values, the root first.</returns>
    public static IEnumerable<SchemaSite> Sites(JsonObject document)
    {
        var pending = new Stack<(JsonNode? Node, JsonNode Schema, JsonPathSegment[] Path)>();
        pending.Push((document, DisclosureSchema.Root, []));
        while (pending.TryPop(out var entry))
        {
            (JsonObject schema, bool isAmount) = Resolve(entry.Schema, entry.Node);
            yield return new SchemaSite(document, entry.Path, entry.Node, schema, isAmount);
            if (entry.Node is JsonObject obj)
            {
                foreach ((string key, JsonNode? value) in obj)
                {
                    JsonNode? child = schema["properties"]?[key] ?? schema["additionalProperties"] as JsonObject;
                    if (child is not null)
                    {
                        pending.Push((value, child, [.. entry.Path, new JsonPathSegment(key, -1)]));
                    }
                }
            }
            else if (entry.Node is JsonArray array && schema["items"] is JsonNode items)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    pending.Push((array[i], items, [.. entry.Path, new JsonPathSegment(null, i)]));
                }
            }
        }
    }

    private static (JsonObject Schema, bool IsAmount) Resolve(JsonNode schema, JsonNode? instance)
    {
        bool isAmount = false;
        while (true)
        {
            if (schema["$ref"] is JsonNode reference)
            {
                string name = reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
                isAmount |= name == "amount";
                schema = DisclosureSchema.Definitions[name]!;
            }
            else if (schema["anyOf"] is JsonArray anyOf && instance is not null)
            {
                schema = anyOf[0]!;
            }
            else
            {
                return (schema.AsObject(), isAmount);
            }
        }
    }

    private static DocumentMutation Replace(SchemaSite site, JsonNode replacement, string kind)
    {
        // The generated document may be shared by several mutations, so each one changes a copy.
        JsonNode root = site.Document.DeepClone();
        JsonNode parent = At(root, site.Path[..^1]);
        JsonPathSegment last = site.Path[^1];
        if (last.Name is null)
        {
            parent.AsArray()[last.Index] = replacement;
        }
        else
        {
            parent.AsObject()[last.Name] = replacement;
        }

        return new DocumentMutation(kind, site.Path, System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private static DocumentMutation Remove(SchemaSite site, string property)
    {
        JsonNode root = site.Document.DeepClone();
        At(root, site.Path).AsObject().Remove(property);
        return new DocumentMutation($"missing '{property}'", site.Path, System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    private static JsonNode At(JsonNode root, JsonPathSegment[] path)
    {
        JsonNode node = root;
        foreach (JsonPathSegment segment in path)
        {
            node = segment.Name is null ? node.AsArray()[segment.Index]! : node.AsObject()[segment.Name]!;
        }

        return node;
    }
}
