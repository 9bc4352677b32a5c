using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenBudget.Export;

/// <summary>Writes tidy amounts as a Fiscal Data Package (财政数据包): <c>datapackage.json</c> beside <c>amounts.csv</c>, which OpenSpending's tools and any Frictionless reader load.</summary>
/// <remarks>
/// <para>The package is a Frictionless Tabular Data Package (profile "fiscal-data-package") whose one resource is the tidy
/// CSV (<see cref="CsvTidyWriter"/>) with a Table Schema listing <see cref="TidyAmountColumns.All"/>. Its "model" maps the
/// columns to fiscal concepts: the measure <c>amount</c> is <c>amount_wan</c> in the currency with factor 10,000 (万元);
/// dimensions are the fiscal year (datetime), the disclosure and department (administrative classification), the
/// functional and economic classifications with their class/section/item hierarchy, the region (location), the budget
/// unit, the phase, the table, the column and the printed line.</para>
/// <para>The CSV streams; only the span of fiscal years is kept to write <c>fiscalPeriod</c>.</para>
/// </remarks>
public static partial class FiscalDataPackageWriter
{
    /// <summary>The name of the descriptor file.</summary>
    public const string DescriptorFileName = "datapackage.json";

    /// <summary>The name of the data file.</summary>
    public const string DataFileName = "amounts.csv";

    /// <summary>Writes the package into a directory: the CSV first, then the descriptor.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="directory">The directory; created when missing; existing files of the same names are replaced.</param>
    /// <param name="options">The package's name and title; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' name is not a Data Package name, or the country or currency code is malformed.</exception>
    public static async Task<long> WriteAsync(IEnumerable<TidyAmountRow> rows, string directory, FiscalDataPackageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= new FiscalDataPackageOptions();
        Validate(options);
        Directory.CreateDirectory(directory);

        int firstYear = int.MaxValue;
        int lastYear = int.MinValue;
        long count;
        FileStream data = new FileStream(Path.Combine(directory, DataFileName), FileMode.Create, FileAccess.Write, FileShare.None, 1, useAsync: true);
        var writer = new CsvTidyWriter(data);
        await using (writer.ConfigureAwait(false))
        {
            foreach (TidyAmountRow row in rows)
            {
                firstYear = Math.Min(firstYear, row.FiscalYear);
                lastYear = Math.Max(lastYear, row.FiscalYear);
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }

            count = writer.RowsWritten;
        }

        FiscalPeriod? period = count == 0
            ? null
            : new FiscalPeriod(
                new DateOnly(firstYear, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new DateOnly(lastYear, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        FileStream descriptor = new FileStream(Path.Combine(directory, DescriptorFileName), FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (descriptor.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(descriptor, Describe(options, period), Json.FiscalDataPackageDescriptor, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private static ExportJsonContext Json { get; } = new(new JsonSerializerOptions(ExportJsonContext.Default.Options)
    {
        // Chinese descriptions stay readable; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static void Validate(FiscalDataPackageOptions options)
    {
        if (string.IsNullOrEmpty(options.Name) || !PackageName().IsMatch(options.Name))
        {
            throw new ArgumentException($"A Data Package name is lower-case letters, digits and . _ - /, found \"{options.Name}\".", nameof(options));
        }

        if (options.CountryCode.Length != 2 || !options.CountryCode.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"Expected an ISO 3166-1 alpha-2 country code such as \"CN\", found \"{options.CountryCode}\".", nameof(options));
        }

        if (options.Currency.Length != 3 || !options.Currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"Expected an ISO 4217 currency code such as \"CNY\", found \"{options.Currency}\".", nameof(options));
        }
    }

    private static FiscalDataPackageDescriptor Describe(FiscalDataPackageOptions options, FiscalPeriod? period)
    {
        var fields = TidyAmountColumns.All.Select(c => new TableSchemaField(c.Name, FieldType(c.Type), $"{c.Description} {c.DescriptionZh}", c.Type == TidyColumnType.ExactDecimal ? "." : null)).ToList();
        var resource = new DataResource(
            "amounts",
            DataFileName,
            "tabular-data-resource",
            "csv",
            "text/csv",
            "utf-8",
            new CsvDialect(",", "\r\n", "\"", DoubleQuote: true, Header: true),
            new TableSchema(fields, [""]));
        var model = new FiscalModel(
            new Dictionary<string, FiscalMeasure>(StringComparer.Ordinal)
            {
                ["amount"] = new("amount_wan", options.Currency, 10_000, null, "Amount (万元)"),
            },
            new Dictionary<string, FiscalDimension>(StringComparer.Ordinal)
            {
                ["date"] = Dimension("datetime", null, ["year"], ("year", "fiscal_year", null, null)),
                ["administrative-classification"] = Dimension("classification", "administrative", ["disclosure"], ("disclosure", "disclosure_id", null, null), ("department", "department", "disclosure", null)),
                ["budget-unit"] = Dimension("entity", null, ["name"], ("name", "budget_unit", null, null)),
                ["functional-classification"] = Dimension(
                    "classification",
                    "functional",
                    ["code"],
                    ("class", "functional_class", null, null),
                    ("section", "functional_section", null, "class"),
                    ("item", "functional_item", null, "section"),
                    ("code", "functional_code", null, null)),
                ["economic-classification"] = Dimension(
                    "classification",
                    "economic",
                    ["code"],
                    ("class", "economic_class", null, null),
                    ("section", "economic_section", null, "class"),
                    ("code", "economic_code", null, null)),
                ["location"] = Dimension("location", null, ["code"], ("code", "region_code", null, null), ("name", "region_name", "code", null)),
                ["phase"] = Dimension("other", null, ["phase"], ("phase", "phase", null, null)),
                ["table"] = Dimension("other", null, ["kind"], ("kind", "table_kind", null, null), ("number", "table_number", null, null), ("title", "table_title", null, null), ("side", "table_side", null, null)),
                ["column"] = Dimension("other", null, ["key"], ("key", "column_key", null, null), ("label", "column_label", "key", null)),
                ["line"] = Dimension(
                    "fact",
                    null,
                    ["pointer"],
                    ("pointer", "pointer", null, null),
                    ("kind", "row_kind", null, null),
                    ("key", "row_key", null, null),
                    ("name", "row_name", null, null),
                    ("project", "project_name", null, null),
                    ("unit", "unit", null, null),
                    ("blank", "is_blank", null, null)),
            });
        return new FiscalDataPackageDescriptor(options.Name, options.Title, options.Description, "fiscal-data-package", options.CountryCode, period, [resource], model);
    }

    private static FiscalDimension Dimension(string type, string? classification, string[] primaryKey, params (string Name, string Source, string? LabelFor, string? Parent)[] attributes)
        => new(
            type,
            classification,
            attributes.ToDictionary(a => a.Name, a => new FiscalAttribute(a.Source, a.LabelFor, a.Parent), StringComparer.Ordinal),
            primaryKey);

    private static string FieldType(TidyColumnType type) => type switch
    {
        TidyColumnType.Text => "string",
        TidyColumnType.WholeNumber => "integer",
        TidyColumnType.Boolean => "boolean",
        TidyColumnType.ExactDecimal => "number",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a tidy column type."),
    };

    [GeneratedRegex("^[-a-z0-9._/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PackageName();
}
