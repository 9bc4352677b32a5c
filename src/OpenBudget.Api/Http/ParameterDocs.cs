using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenBudget.Api.Http;

/// <summary>Adds descriptions and examples to an operation's query parameters in the OpenAPI document.</summary>
internal static class ParameterDocs
{
    /// <summary>Describes one parameter of an operation, when the operation has it.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="name">The parameter's name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="example">An example value, or <see langword="null"/>.</param>
    internal static void Describe(OpenApiOperation operation, string name, string description, string? example)
    {
        foreach (IOpenApiParameter parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter writable && string.Equals(writable.Name, name, StringComparison.Ordinal))
            {
                writable.Description = description;
                if (example is not null)
                {
                    writable.Example = JsonValue.Create(example);
                }
            }
        }
    }
}
