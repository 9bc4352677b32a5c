using System.Text;
using System.Text.Json;
using OpenBudget.Export;

namespace OpenBudget.Tests.Export;

public sealed class FiscalDataPackageWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "openbudget-fdp-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<JsonElement> DescriptorAsync()
    {
        await FiscalDataPackageWriter.WriteAsync(TidyExport.Rows([ExportSamples.Science(2025), ExportSamples.Science(2026)]), _directory);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory, "datapackage.json")));
        return document.RootElement.Clone();
    }

    private static JsonElement Resource(JsonElement package) => package.GetProperty("resources")[0];

    private static IEnumerable<string> FieldNames(JsonElement package)
        => Resource(package).GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);

    [Fact]
    public async Task The_descriptor_declares_the_fiscal_data_package_profile()
    {
        JsonElement package = await DescriptorAsync();

        Assert.Equal("fiscal-data-package", package.GetProperty("profile").GetString());
    }

    [Fact]
    public async Task The_resource_schema_lists_the_csv_header()
    {
        JsonElement package = await DescriptorAsync();
        string header = File.ReadLines(Path.Combine(_directory, Resource(package).GetProperty("path").GetString()!), Encoding.UTF8).First();

        Assert.Equal(header.Split(','), FieldNames(package));
    }

    [Fact]
    public async Task Amount_fields_are_numbers_never_strings()
    {
        JsonElement package = await DescriptorAsync();

        IEnumerable<string?> types = Resource(package).GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("name").GetString() is "amount" or "amount_wan")
            .Select(f => f.GetProperty("type").GetString());

        Assert.Equal(["number", "number"], types);
    }

    [Fact]
    public async Task The_measure_is_amount_in_wan_with_factor_ten_thousand_in_yuan_renminbi()
    {
        JsonElement measure = (await DescriptorAsync()).GetProperty("model").GetProperty("measures").GetProperty("amount");

        Assert.Equal(("amount_wan", "CNY", 10_000), (measure.GetProperty("source").GetString(), measure.GetProperty("currency").GetString(), measure.GetProperty("factor").GetInt32()));
    }

    [Fact]
    public async Task Every_model_source_is_a_column_of_the_resource()
    {
        JsonElement package = await DescriptorAsync();
        JsonElement model = package.GetProperty("model");
        IEnumerable<string> sources = model.GetProperty("dimensions").EnumerateObject()
            .SelectMany(d => d.Value.GetProperty("attributes").EnumerateObject().Select(a => a.Value.GetProperty("source").GetString()!))
            .Concat(model.GetProperty("measures").EnumerateObject().Select(m => m.Value.GetProperty("source").GetString()!));

        Assert.Empty(sources.Except(FieldNames(package)));
    }

    [Fact]
    public async Task Every_primary_key_names_an_attribute_of_its_dimension()
    {
        JsonElement dimensions = (await DescriptorAsync()).GetProperty("model").GetProperty("dimensions");

        IEnumerable<string> missing = dimensions.EnumerateObject().SelectMany(d =>
            d.Value.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!)
                .Where(k => !d.Value.GetProperty("attributes").TryGetProperty(k, out _))
                .Select(k => $"{d.Name}.{k}"));

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_model_has_functional_economic_administrative_and_date_dimensions()
    {
        JsonElement dimensions = (await DescriptorAsync()).GetProperty("model").GetProperty("dimensions");

        Assert.Equal(
            ["functional", "economic", "administrative", "datetime"],
            new[] { "functional-classification", "economic-classification", "administrative-classification", "date" }
                .Select(d => dimensions.GetProperty(d).TryGetProperty("classificationType", out JsonElement c) ? c.GetString() : dimensions.GetProperty(d).GetProperty("dimensionType").GetString()));
    }

    [Fact]
    public async Task The_fiscal_period_spans_the_years_exported()
    {
        JsonElement period = (await DescriptorAsync()).GetProperty("fiscalPeriod");

        Assert.Equal(("2025-01-01", "2026-12-31"), (period.GetProperty("start").GetString(), period.GetProperty("end").GetString()));
    }

    [Fact]
    public async Task A_package_name_with_capitals_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => FiscalDataPackageWriter.WriteAsync([], _directory, new FiscalDataPackageOptions { Name = "My Budget" }));

        Assert.Contains("My Budget", ex.Message, StringComparison.Ordinal);
    }
}
