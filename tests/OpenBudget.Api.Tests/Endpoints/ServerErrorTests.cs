using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenBudget.Api.Tests.Endpoints;

public sealed class ServerErrorTests : IDisposable
{
    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_failure_inside_the_service_is_a_500_problem_that_reveals_nothing_of_the_cause()
    {
        HttpClient client = _api.CreateClient();
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        using (var connection = new SqliteConnection($"Data Source={_api.StorePath}"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO revisions (disclosure_id, revision, title, stored_at, sha256, document)
                VALUES ($id, 2, 'broken', '2026-01-01T00:00:00.0000000+00:00', 'x', CAST('{"department": 1}' AS BLOB));
                UPDATE disclosures SET current_revision = 2 WHERE id = $id;
                """;
            command.Parameters.AddWithValue("$id", Samples.SampleId);
            command.ExecuteNonQuery();
        }

        using HttpResponseMessage response = await client.GetAsync($"/v1/disclosures/{Samples.SampleId}");
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("department", problem.GetRawText(), StringComparison.Ordinal);
    }
}
