using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Hosting;

/// <summary>Describes the service in its OpenAPI 3.1 document: title and contact, the API-key scheme on writes, and the published schemas.</summary>
internal static class OpenApiDocumentSetup
{
    internal const string ApiKeyScheme = "ApiKey";

    internal static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddDocumentTransformer((document, context, cancellationToken) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "OpenBudget API",
                Version = "v1",
                Description = "Chinese government budget disclosures (部门预算公开) as exact, checked, open data. Amounts are exact decimals as printed; a blank cell is null, never 0. Disclosures follow https://openbudget.example.org/schemas/disclosure.v1.schema.json. Errors are RFC 9457 problem details.",
                License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.Header,
                Description = "A key from the server's configuration (OpenBudget:ApiKeys); needed to publish.",
            };
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer(ModelSchemas.TransformAsync);
        options.AddOperationTransformer((operation, context, cancellationToken) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<CsvMarker>().FirstOrDefault() is { } csv
                && operation.Responses?.TryGetValue("200", out IOpenApiResponse? ok) == true && ok is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                response.Content["text/csv"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = csv.Description },
                };
            }

            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ImportMarker>().Any() && operation.RequestBody is OpenApiRequestBody body)
            {
                body.Content ??= new Dictionary<string, OpenApiMediaType>();
                body.Content[DisclosureBody.TextMediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The text of a disclosure in UTF-8, laid out as pdftotext -layout writes it or tab-separated; imported by the library's DisclosureImporter." },
                };
                body.Content[DisclosureBody.PdfMediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The disclosure's published PDF, with a text layer; read within the limits OpenBudget:Limits:MaxRequestBodyBytes, MaxPdfPages and PdfReadTimeout. Encrypted, scanned (no text), damaged files and files that are not PDFs are refused with a problem naming the reason." },
                };
            }

            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyMarker>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
    }
}
