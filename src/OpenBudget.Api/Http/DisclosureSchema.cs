using System.Text.Json;
using Json.Schema;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Endpoints;

namespace OpenBudget.Api.Http;

/// <summary>The published JSON Schema of disclosures (schemas/disclosure.v1.schema.json), against which posted documents are checked before they are read.</summary>
/// <remarks>A build whose repository has no schema yet embeds none; posted documents are then checked by the reader alone.</remarks>
public sealed class DisclosureSchema
{
    /// <summary>The file name of the schema.</summary>
    public const string FileName = "disclosure.v1.schema.json";

    private const int MostErrors = 50;

    // Built once, in a registry of its own, so that its $id never collides with a schema registered elsewhere in the process.
    private static readonly Lazy<JsonSchema?> Embedded = new(() => SchemaEndpoints.Find(FileName) is { } embedded
        ? JsonSchema.FromText(System.Text.Encoding.UTF8.GetString(embedded.Content), new BuildOptions { SchemaRegistry = new SchemaRegistry() })
        : null);

    /// <summary>Initializes a new instance of the <see cref="DisclosureSchema"/> class.</summary>
    /// <param name="schema">The schema, or <see langword="null"/> to check nothing.</param>
    public DisclosureSchema(JsonSchema? schema) => Schema = schema;

    /// <summary>Gets the schema, when the build has one.</summary>
    public JsonSchema? Schema { get; }

    /// <summary>Builds the schema embedded in the service, if any.</summary>
    /// <returns>The schema.</returns>
    public static DisclosureSchema FromEmbedded() => new(Embedded.Value);

    private static string Explain(string keyword, string message)
        => keyword == "falseSchema" || message.Contains("false schema", StringComparison.Ordinal)
            ? "This property is not allowed here; the schema lists every property an object may have."
            : message;

    /// <summary>Checks a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Each place the document breaks the schema, with its JSON Pointer; empty when it does not, or when there is no schema.</returns>
    public IReadOnlyList<InputError> Check(JsonElement document)
    {
        if (Schema is null)
        {
            return [];
        }

        EvaluationResults results = Schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new InputError(d.InstanceLocation.ToString(), Explain(e.Key, e.Value))))
            .Distinct()
            .Take(MostErrors)];
    }
}
