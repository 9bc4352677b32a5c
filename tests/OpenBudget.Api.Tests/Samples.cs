using System.Net.Http.Headers;
using System.Text;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Api.Tests;

/// <summary>The hand-checked sample disclosure and variants of it.</summary>
internal static class Samples
{
    private static readonly Lazy<byte[]> File = new(() => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json")));

    internal static byte[] FileBytes => File.Value;

    internal static BudgetDisclosure Sample => OpenBudgetJson.Deserialize(FileBytes);

    internal static string SampleId => DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, "乌鲁木齐市科学技术局").Value;

    /// <summary>A small disclosure of another department, with only the expenditure table.</summary>
    internal static BudgetDisclosure Small(string department, int year = 2026, string region = "650100") => new()
    {
        Department = department,
        Region = new Region(region, "乌鲁木齐市"),
        FiscalYear = year,
        Title = $"{year}年{department}部门预算公开",
        Tables = [Sample.Table(TableKind.Expenditure)!],
    };

    internal static HttpContent Json(BudgetDisclosure disclosure) => Json(OpenBudgetJson.SerializeToUtf8Bytes(disclosure));

    internal static HttpContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    internal static HttpContent Json(string text) => Json(Encoding.UTF8.GetBytes(text));
}
