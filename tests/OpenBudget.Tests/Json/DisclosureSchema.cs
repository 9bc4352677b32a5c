using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenBudget.Tests.Json;

/// <summary>The published disclosure schema (schemas/disclosure.v1.schema.json), as a validator and as a JSON document to inspect.</summary>
public static class DisclosureSchema
{
    /// <summary>Gets the path of the schema file copied beside the tests.</summary>
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "schemas", "disclosure.v1.schema.json");

    private static readonly Lazy<JsonSchema> Validator = new(() => JsonSchema.FromText(File.ReadAllText(FilePath)));

    private static readonly Lazy<JsonObject> Document = new(() => JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject());

    /// <summary>Gets the schema as a JSON document.</summary>
    public static JsonObject Root => Document.Value;

    /// <summary>Gets the schema's $defs.</summary>
    public static JsonObject Definitions => Root["$defs"]!.AsObject();

    /// <summary>Evaluates a document against the schema.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The result, with every error listed.</returns>
    public static EvaluationResults Evaluate(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return Validator.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>Lists the errors of an evaluation, one per line with the instance location, for assertion messages.</summary>
    /// <param name="results">The evaluation.</param>
    /// <returns>The errors, or an empty string when there are none.</returns>
    public static string Errors(EvaluationResults results)
    {
        IEnumerable<string> lines =
            from detail in results.Details ?? []
            where detail.Errors is { Count: > 0 }
            from error in detail.Errors!
            select $"{detail.InstanceLocation}: {error.Key}: {error.Value}";
        return string.Join(Environment.NewLine, lines);
    }
}
