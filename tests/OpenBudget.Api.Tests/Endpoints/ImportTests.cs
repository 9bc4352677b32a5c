using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;
using OpenBudget.Pdf;
using OpenBudget.Pdf.Tests.Rendering;
using OpenBudget.Validation;

namespace OpenBudget.Api.Tests.Endpoints;

/// <summary>Posting a disclosure as text (text/plain) or as its published PDF (application/pdf) to /v1/validate and /v1/disclosures.</summary>
public sealed class ImportTests : IDisposable
{
    private const string Commerce = "putuo-commerce-2025-department";
    private const string Wanli = "putuo-wanli-2024-department";
    private const string Putuo = "?region=310107&regionName=普陀区";

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", file);

    private static HttpContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static HttpContent Text(string name) => Body(File.ReadAllBytes(Fixture(name + ".txt")), "text/plain; charset=utf-8");

    private static HttpContent Pdf(byte[] bytes) => Body(bytes, "application/pdf");

    private static HttpContent Pdf(string name) => Pdf(File.ReadAllBytes(Fixture(name + ".pdf")));

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.Clone();
    }

    private static ValidationReport Report(JsonElement element) => JsonSerializer.Deserialize(element.GetRawText(), OpenBudgetJson.TypeInfo<ValidationReport>())!;

    private static BudgetDisclosure Disclosure(JsonElement element) => OpenBudgetJson.Deserialize(Encoding.UTF8.GetBytes(element.GetRawText()));

    private static byte[] OnePage(string text)
    {
        using var writer = new TestPdfWriter();
        writer.NewPage();
        writer.Text(text, 60, 100, 12);
        return writer.Save();
    }

    [Fact]
    public async Task Validating_a_text_answers_with_the_report_the_import_and_the_disclosure_the_library_reads()
    {
        ImportResult expected = DisclosureImporter.Import(File.ReadAllText(Fixture(Commerce + ".txt")));
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Text(Commerce));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = await Json(response);
        JsonElement import = body.GetProperty("import");
        JsonElement coverage = import.GetProperty("coverage");
        Assert.Equal(
            ("text", false, expected.Coverage.Found, expected.Coverage.PlacedAsValues, expected.Coverage.KeptInText, expected.Coverage.NotPlaced.Count, expected.Diagnostics.Count),
            (import.GetProperty("format").GetString(), import.TryGetProperty("pageCount", out _), coverage.GetProperty("found").GetInt32(), coverage.GetProperty("placedAsValues").GetInt32(), coverage.GetProperty("keptInText").GetInt32(), coverage.GetProperty("notPlaced").GetArrayLength(), import.GetProperty("diagnostics").GetArrayLength()));
        Assert.Equal(expected.Disclosure, Disclosure(body.GetProperty("disclosure")));
        Assert.Equal(new DisclosureValidator().Validate(expected.Disclosure!), Report(body.GetProperty("report")));
    }

    [Fact]
    public async Task Publishing_a_text_with_its_region_stores_the_disclosure_the_library_reads()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures" + Putuo, Text(Wanli));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement summary = await Json(response);
        Assert.Equal("text", summary.GetProperty("import").GetProperty("format").GetString());
        BudgetDisclosure stored = OpenBudgetJson.Deserialize(await _api.CreateClient().GetByteArrayAsync(response.Headers.Location));
        ImportResult expected = DisclosureImporter.Import(File.ReadAllText(Fixture(Wanli + ".txt")), new ImportOptions { Region = new Region("310107", "普陀区") });
        Assert.Equal(expected.Disclosure, stored);
    }

    [Fact]
    public async Task Publishing_a_text_without_a_region_is_a_422_problem_saying_how_to_give_it_with_the_import()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures", Text(Wanli));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            ("/region", true, "text"),
            (problem.GetProperty("errors")[0].GetProperty("pointer").GetString(), problem.GetProperty("detail").GetString()!.Contains("?region=", StringComparison.Ordinal), problem.GetProperty("import").GetProperty("format").GetString()));
    }

    [Fact]
    public async Task A_text_without_a_disclosure_is_a_422_problem_with_the_diagnostics()
    {
        using var content = new StringContent("会议纪要\n今天天气很好。\n", Encoding.UTF8, "text/plain");
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", content);
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            ("https://openbudget.example.org/problems/import-failed", ImportDiagnosticCodes.NotADisclosure, "fatal"),
            (problem.GetProperty("type").GetString(), problem.GetProperty("import").GetProperty("diagnostics")[0].GetProperty("code").GetString(), problem.GetProperty("import").GetProperty("diagnostics")[0].GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task A_text_that_is_not_utf8_is_a_400_problem_naming_the_offset()
    {
        byte[] gbk = [.. Encoding.UTF8.GetBytes("部门预算"), 0xB2, 0xBF];
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Body(gbk, "text/plain"));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(("https://openbudget.example.org/problems/malformed-text", true), (problem.GetProperty("type").GetString(), problem.GetProperty("detail").GetString()!.Contains("UTF-8", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_text_in_another_charset_is_a_415_problem()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Body(Encoding.UTF8.GetBytes("部门预算"), "text/plain; charset=gbk"));
        await ProblemAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData(Commerce)]
    [InlineData(Wanli)]
    public async Task Validating_a_pdf_gives_every_finding_the_page_it_is_printed_on(string name)
    {
        PdfImportResult expected = PdfDisclosureImporter.ImportWithPages(File.ReadAllBytes(Fixture(name + ".pdf")));
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Pdf(name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = await Json(response);
        ValidationReport report = Report(body.GetProperty("report"));
        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal(expected.Pages.PageOf(f.Location.JsonPointer) ?? -1, f.Location.Page ?? -2));
        Assert.Equal(new DisclosureValidator().Validate(expected.Result.Disclosure!).Findings.Select(f => f.Location.JsonPointer), report.Findings.Select(f => f.Location.JsonPointer));
    }

    [Theory]
    [InlineData(Commerce)]
    [InlineData(Wanli)]
    public async Task Validating_a_pdf_answers_with_its_page_count_coverage_and_diagnostics_with_pages(string name)
    {
        PdfImportResult expected = PdfDisclosureImporter.ImportWithPages(File.ReadAllBytes(Fixture(name + ".pdf")));
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Pdf(name));
        JsonElement import = (await Json(response)).GetProperty("import");
        JsonElement[] diagnostics = [.. import.GetProperty("diagnostics").EnumerateArray()];
        JsonElement[] notPlaced = [.. import.GetProperty("coverage").GetProperty("notPlaced").EnumerateArray()];
        Assert.Equal(
            ("pdf", expected.PageCount, expected.Result.Coverage.Found, expected.Result.Diagnostics.Count, expected.Result.Coverage.NotPlaced.Count),
            (import.GetProperty("format").GetString(), import.GetProperty("pageCount").GetInt32(), import.GetProperty("coverage").GetProperty("found").GetInt32(), diagnostics.Length, notPlaced.Length));
        Assert.All(diagnostics.Where(d => d.TryGetProperty("line", out _)), d => Assert.InRange(d.GetProperty("page").GetInt32(), 1, expected.PageCount));
        Assert.All(notPlaced, n => Assert.InRange(n.GetProperty("page").GetInt32(), 1, expected.PageCount));

        // A diagnostic about no single line names the pages it concerns: those of the numbers not placed.
        JsonElement[] documentWide = [.. diagnostics.Where(d => !d.TryGetProperty("line", out _))];
        Assert.All(documentWide, d => Assert.False(d.TryGetProperty("page", out _)));
        string notPlacedPages = string.Join(",", expected.Result.Coverage.NotPlaced.Select(n => n.Page!.Value).Distinct().Order());
        Assert.Equal(
            expected.Result.Coverage.NotPlaced.Count == 0 ? [] : [notPlacedPages],
            documentWide.Where(d => d.GetProperty("code").GetString() == ImportDiagnosticCodes.NumbersNotPlaced).Select(d => string.Join(",", d.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()))));
    }

    [Fact]
    public async Task A_published_pdf_keeps_the_pages_of_its_findings_in_the_stored_report()
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures" + Putuo, Pdf(Commerce));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement summary = await Json(response);
        Assert.Equal(("pdf", "pdf"), (summary.GetProperty("import").GetProperty("format").GetString(), OpenBudgetJson.Deserialize(await _api.CreateClient().GetByteArrayAsync(response.Headers.Location)).Source!.Format));
        string reportUrl = summary.GetProperty("links").GetProperty("validation").GetString()!;
        ValidationReport stored = JsonSerializer.Deserialize(await _api.CreateClient().GetByteArrayAsync(reportUrl), OpenBudgetJson.TypeInfo<ValidationReport>())!;
        PdfImportResult expected = PdfDisclosureImporter.ImportWithPages(File.ReadAllBytes(Fixture(Commerce + ".pdf")));
        Assert.NotEmpty(stored.Findings);
        Assert.All(stored.Findings, f => Assert.Equal(expected.Pages.PageOf(f.Location.JsonPointer) ?? -1, f.Location.Page ?? -2));
    }

    [Fact]
    public async Task A_json_post_gives_findings_no_page()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Samples.Json(ValidationTests.Inconsistent(Samples.Sample)));
        ValidationReport report = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), OpenBudgetJson.TypeInfo<ValidationReport>())!;
        Assert.True(report.Findings.Count > 0 && report.Findings.All(f => f.Location.Page is null));
    }

    public static TheoryData<string, string> BadPdfs => new()
    {
        { "not-a-pdf", "not-a-pdf" },
        { "empty", "not-a-pdf" },
        { "encrypted", "encrypted" },
        { "scanned", "no-text-layer" },
        { "cut-short", "damaged" },
        { "garbage", "damaged" },
    };

    private static byte[] BadPdf(string kind)
    {
        switch (kind)
        {
            case "not-a-pdf":
                return File.ReadAllBytes(Fixture(Commerce + ".txt"));
            case "empty":
                return [];
            case "encrypted":
                using (var writer = new TestPdfWriter())
                {
                    writer.NewPage();
                    writer.Text("部门预算公开", 60, 100, 12);
                    return writer.Save(userPassword: "secret");
                }

            case "scanned":
                using (var writer = new TestPdfWriter())
                {
                    writer.NewPage();
                    writer.Box(60, 60, 400, 300);
                    return writer.Save();
                }

            case "cut-short":
                byte[] pdf = File.ReadAllBytes(Fixture(Commerce + ".pdf"));
                return pdf[..(pdf.Length / 2)];
            default:
                return Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a pdf body\n%%EOF\n");
        }
    }

    [Theory]
    [MemberData(nameof(BadPdfs))]
    public async Task A_pdf_that_cannot_be_read_is_a_422_problem_naming_the_reason(string kind, string reason)
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Pdf(BadPdf(kind)));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("https://openbudget.example.org/problems/unreadable-pdf", reason), (problem.GetProperty("type").GetString(), problem.GetProperty("reason").GetString()));
    }

    [Theory]
    [MemberData(nameof(BadPdfs))]
    public async Task Publishing_a_pdf_that_cannot_be_read_stores_nothing(string kind, string reason)
    {
        using HttpResponseMessage response = await _api.Publisher().PostAsync("/v1/disclosures" + Putuo, Pdf(BadPdf(kind)));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        JsonElement list = await Json(await _api.CreateClient().GetAsync("/v1/disclosures?region=310107"));
        Assert.Equal((reason, 0), (problem.GetProperty("reason").GetString(), list.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task A_pdf_with_a_text_layer_but_no_disclosure_is_a_422_import_problem_with_its_page_count()
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate", Pdf(OnePage("会议纪要")));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            ("https://openbudget.example.org/problems/import-failed", "pdf", 1),
            (problem.GetProperty("type").GetString(), problem.GetProperty("import").GetProperty("format").GetString(), problem.GetProperty("import").GetProperty("pageCount").GetInt32()));
    }

    [Fact]
    public async Task A_pdf_over_the_page_limit_is_a_422_problem_naming_the_limit()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:MaxPdfPages"] = "5" });
        using HttpResponseMessage response = await api.CreateClient().PostAsync("/v1/validate", Pdf(Commerce));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("too-many-pages", 5), (problem.GetProperty("reason").GetString(), problem.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task A_pdf_slower_than_the_time_limit_is_a_422_problem()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:PdfReadTimeout"] = "00:00:00.0000001" });
        using HttpResponseMessage response = await api.CreateClient().PostAsync("/v1/validate", Pdf(Commerce));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("timed-out", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_pdf_over_the_body_limit_is_a_413_problem()
    {
        using var api = new ApiFactory(new() { ["OpenBudget:Limits:MaxRequestBodyBytes"] = "65536" });
        using HttpResponseMessage response = await api.CreateClient().PostAsync("/v1/validate", Pdf(Commerce));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(65536, problem.GetProperty("limit").GetInt64());
    }

    [Theory]
    [InlineData("?region=3101", "region")]
    [InlineData("?region=310107", "regionName")]
    [InlineData("?regionName=普陀区", "region")]
    [InlineData("?fiscalYear=25", "fiscalYear")]
    public async Task A_bad_import_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        using HttpResponseMessage response = await _api.CreateClient().PostAsync("/v1/validate" + query, Text(Commerce));
        JsonElement problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/v1/disclosures")]
    [InlineData("/v1/validate")]
    public async Task The_openapi_document_lists_json_text_and_pdf_request_bodies(string path)
    {
        using JsonDocument document = JsonDocument.Parse(await _api.CreateClient().GetStringAsync("/openapi/v1.json"));
        JsonElement content = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal(
            ["application/json", "application/pdf", "text/plain"],
            content.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("binary", content.GetProperty("application/pdf").GetProperty("schema").GetProperty("format").GetString());
    }
}
