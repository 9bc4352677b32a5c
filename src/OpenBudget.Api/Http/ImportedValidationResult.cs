using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Representations;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Api.Http;

/// <summary>The answer to validating a text or PDF body: <c>{"report": …, "import": …, "disclosure": …}</c>, the report and disclosure exactly as the library writes them.</summary>
/// <param name="report">The validation report (for a PDF, each finding's location with its page).</param>
/// <param name="import">How the body was read.</param>
/// <param name="disclosure">The disclosure read from the body.</param>
public sealed class ImportedValidationResult(ValidationReport report, ImportSummary import, BudgetDisclosure disclosure) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc/>
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OpenBudgetJson.Options.Encoder, Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("report");
            writer.WriteRawValue(ReportJson.Serialize(report), skipInputValidation: true);
            writer.WritePropertyName("import");
            JsonSerializerOptions options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            JsonSerializer.Serialize(writer, import, (JsonTypeInfo<ImportSummary>)options.GetTypeInfo(typeof(ImportSummary)));
            writer.WritePropertyName("disclosure");
            writer.WriteRawValue(OpenBudgetJson.SerializeToUtf8Bytes(disclosure), skipInputValidation: true);
            writer.WriteEndObject();
        }

        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.Json;
        response.ContentLength = buffer.Length;
        return response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted).AsTask();
    }
}
