using System.Net;
using System.Text.Json;

namespace OpenBudget.Api.Tests;

/// <summary>Reads an RFC 9457 problem answer, checking its status and media type.</summary>
internal static class ProblemAssert
{
    internal static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        JsonElement problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
