using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Json;

/// <summary>Reads and writes disclosures as JSON in the published schema (schemas/disclosure.v1.schema.json), with one set of options shared by the library, the command-line tool and the API.</summary>
/// <remarks>
/// camelCase names, enums as camelCase strings, amounts as exact JSON numbers keeping their printed decimals (never through
/// <see cref="double"/>), blank cells as null, absent optional properties omitted, Chinese text unescaped, two-space indentation,
/// and unknown properties refused.
/// </remarks>
public static class OpenBudgetJson
{
    /// <summary>The JSON media type the API serves disclosures under.</summary>
    public const string MediaType = "application/json";

    private static readonly Lazy<OpenBudgetJsonContext> SharedContext = new(() => new OpenBudgetJsonContext(CreateOptions()));

    /// <summary>Gets the shared options: the source-generated context with the encoder and limits OpenBudget uses. Do not modify them.</summary>
    public static JsonSerializerOptions Options => SharedContext.Value.Options;

    /// <summary>Gets the shared source-generated context.</summary>
    public static OpenBudgetJsonContext Context => SharedContext.Value;

    /// <summary>Writes a disclosure as UTF-8 JSON.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(BudgetDisclosure disclosure) => JsonSerializer.SerializeToUtf8Bytes(disclosure, Context.BudgetDisclosure);

    /// <summary>Writes a disclosure as a JSON string.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(BudgetDisclosure disclosure) => JsonSerializer.Serialize(disclosure, Context.BudgetDisclosure);

    /// <summary>Writes a disclosure to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="disclosure">The disclosure.</param>
    public static void Serialize(Stream stream, BudgetDisclosure disclosure) => JsonSerializer.Serialize(stream, disclosure, Context.BudgetDisclosure);

    /// <summary>Writes a validation report as a JSON string in the published schema (schemas/validation-report.v1.schema.json).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ValidationReport report) => JsonSerializer.Serialize(report, Context.ValidationReport);

    /// <summary>Writes a validation report to a stream as UTF-8 JSON in the published schema.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="report">The report.</param>
    public static void Serialize(Stream stream, ValidationReport report) => JsonSerializer.Serialize(stream, report, Context.ValidationReport);

    /// <summary>Reads a validation report from JSON.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DisclosureJsonException">The text is not a validation report; the message says where and why.</exception>
    public static ValidationReport DeserializeReport(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Context.ValidationReport) ?? throw new DisclosureJsonException("Expected a validation report object, found null.", "$", 1, 1, null);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
    }

    /// <summary>Reads a disclosure from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="DisclosureJsonException">The bytes are not a disclosure; the message gives the JSON path, line and position, and what was expected.</exception>
    public static BudgetDisclosure Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Context.BudgetDisclosure) ?? throw NullDocument();
        }
        catch (JsonException ex)
        {
            throw DisclosureJsonErrors.Create(ex, utf8Json, typeof(BudgetDisclosure), Options);
        }
    }

    /// <summary>Reads a disclosure from a JSON string.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="DisclosureJsonException">The text is not a disclosure; the message says where and why.</exception>
    public static BudgetDisclosure Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Context.BudgetDisclosure) ?? throw NullDocument();
        }
        catch (JsonException ex)
        {
            throw DisclosureJsonErrors.Create(ex, Encoding.UTF8.GetBytes(json), typeof(BudgetDisclosure), Options);
        }
    }

    /// <summary>Reads a disclosure from a stream of UTF-8 JSON, which is read to its end first.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="DisclosureJsonException">The stream is not a disclosure; the message says where and why.</exception>
    public static BudgetDisclosure Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream is MemoryStream memory && memory.TryGetBuffer(out ArraySegment<byte> buffer))
        {
            return Deserialize(buffer.AsSpan((int)memory.Position));
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Deserialize(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    /// <summary>Gets the source-generated metadata of a type the context knows.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The metadata bound to the shared options.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Describes an error with the location System.Text.Json gives, for callers that do not have the document at hand.</summary>
    /// <param name="ex">The error.</param>
    /// <returns>The exception to throw.</returns>
    internal static DisclosureJsonException Wrap(JsonException ex) => DisclosureJsonErrors.Create(ex);

    private static DisclosureJsonException NullDocument() => new("Expected a disclosure object, found null.", "$", 1, 1, null);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OpenBudgetJsonContext.Default.Options)
        {
            // Chinese text stays readable; the output is served as application/json, never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = null,
        };
        return options;
    }
}
