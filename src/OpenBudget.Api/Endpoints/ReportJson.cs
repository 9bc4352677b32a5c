using System.Text.Json;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Api.Endpoints;

/// <summary>Writes validation reports with the library's JSON options, as they are stored and served.</summary>
internal static class ReportJson
{
    internal static byte[] Serialize(ValidationReport report) => JsonSerializer.SerializeToUtf8Bytes(report, OpenBudgetJson.TypeInfo<ValidationReport>());
}
