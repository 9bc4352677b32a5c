using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;
using OpenBudget.Validation;
using Parquet;
using Parquet.Schema;
using static OpenBudget.Cli.Tests.BulkCli;

namespace OpenBudget.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json");
    private static readonly TidyQuery ByYearTableColumn = new() { GroupBy = [TidyDimension.Year, TidyDimension.TableKind, TidyDimension.ColumnKey] };
    private readonly string _folder = Directory.CreateTempSubdirectory("openbudget-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_samples_csv_reads_back_to_the_librarys_totals()
    {
        string output = Path.Combine(_folder, "out");
        (int exit, string stdout, string stderr) = Run("export", Sample, "--format", "csv", "-o", output, "-q");
        Assert.True(exit == 0, stderr);

        List<Dictionary<string, string?>> rows = ReadCsv(Path.Combine(output, "amounts.csv"));
        BudgetDisclosure sample = OpenBudgetJson.Deserialize(File.ReadAllText(Sample));
        Assert.Equal(TidyExport.Rows(sample).Count(), rows.Count);
        Assert.Equal(LibraryTotals([sample]), Totals(rows.Select(r => (r["fiscal_year"]!, r["table_kind"]!, r["column_key"]!, r["amount_wan"]))));
        Assert.Contains($"Exported {rows.Count.ToString("N0", CultureInfo.InvariantCulture)} amounts of 1 disclosure ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_corpus_as_parquet_partitioned_by_year_reads_back_to_the_librarys_totals()
    {
        string corpus = Generate(_folder, "corpus", "--departments", "5", "--years", "2", "--seed", "4");
        string output = Path.Combine(_folder, "out");
        (int exit, _, string stderr) = Run("export", corpus, "--format", "parquet", "--partition-by", "year", "-o", output, "-q");
        Assert.True(exit == 0, stderr);

        string[] parts = [.. Directory.EnumerateFiles(Path.Combine(output, "amounts"), "*.parquet", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];
        Assert.Equal(["amounts/year=2026/part-0000.parquet", "amounts/year=2027/part-0000.parquet"], parts);
        var read = new List<(string, string, string, string?)>();
        foreach (string part in parts)
        {
            read.AddRange(await ReadParquetAsync(Path.Combine(output, part)));
        }

        BudgetDisclosure[] disclosures = Disclosures(corpus);
        Assert.Equal(disclosures.Sum(d => TidyExport.Rows(d).Count()), read.Count);
        Assert.Equal(LibraryTotals(disclosures), Totals(read));
    }

    [Fact]
    public async Task Findings_are_written_one_row_per_finding_of_every_disclosure()
    {
        string corpus = Generate(_folder, "corpus", "--departments", "3", "--seed", "8", "--inject-errors", "1");
        string csv = Path.Combine(_folder, "csv");
        string parquet = Path.Combine(_folder, "parquet");
        Assert.Equal(0, Run("export", corpus, "--format", "csv", "--findings", "-o", csv, "-q").Exit);
        Assert.Equal(0, Run("export", corpus, "--format", "parquet", "--findings", "-o", parquet, "-q").Exit);

        ValidationReport[] reports = [.. Disclosures(corpus).Select(d => new DisclosureValidator().Validate(d))];
        List<Dictionary<string, string?>> findings = ReadCsv(Path.Combine(csv, "findings.csv"));
        Assert.Equal(reports.Sum(r => r.Findings.Count), findings.Count);
        Assert.Equal(reports.Sum(r => r.Summary.Counts.Error), findings.Count(f => f["verdict"] == "error"));
        Assert.NotEqual(0, findings.Count(f => f["verdict"] == "error"));

        await using FileStream stream = File.OpenRead(Path.Combine(parquet, "findings.parquet"));
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        long parquetRows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            parquetRows += group.RowCount;
        }

        Assert.Equal(findings.Count, parquetRows);
    }

    [Fact]
    public void A_bad_file_in_the_folder_is_reported_and_the_rest_exported()
    {
        string corpus = Generate(_folder, "corpus", "--departments", "3", "--seed", "2");
        File.WriteAllText(Path.Combine(corpus, "2026", "zz-bad.json"), "{ \"department\": ");
        string output = Path.Combine(_folder, "out");
        (int exit, string stdout, string stderr) = Run("export", corpus, "--format", "csv", "-o", output, "-q");

        Assert.Equal(2, exit);
        Assert.Contains("2026/zz-bad.json: not a readable disclosure", stderr, StringComparison.Ordinal);
        Assert.Contains("1 of 4 files could not be read", stdout, StringComparison.Ordinal);
        BudgetDisclosure[] good = Disclosures(corpus);
        List<Dictionary<string, string?>> rows = ReadCsv(Path.Combine(output, "amounts.csv"));
        Assert.Equal(good.Sum(d => TidyExport.Rows(d).Count()), rows.Count);
        Assert.Equal(good.Select(DisclosureIds.For).Order(StringComparer.Ordinal), rows.Select(r => r["disclosure_id"]!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fiscal_data_package_has_its_descriptor_and_every_amount()
    {
        string output = Path.Combine(_folder, "fdp");
        Assert.Equal(0, Run("export", Sample, "--format", "fdp", "--findings", "-o", output, "-q").Exit);
        using JsonDocument descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")));
        Assert.Equal("fiscal-data-package", descriptor.RootElement.GetProperty("profile").GetString());
        BudgetDisclosure sample = OpenBudgetJson.Deserialize(File.ReadAllText(Sample));
        Assert.Equal(LibraryTotals([sample]), Totals(ReadCsv(Path.Combine(output, "amounts.csv")).Select(r => (r["fiscal_year"]!, r["table_kind"]!, r["column_key"]!, r["amount_wan"]))));
        Assert.Equal(new DisclosureValidator().Validate(sample).Findings.Count, ReadCsv(Path.Combine(output, "findings.csv")).Count);
    }

    [Fact]
    public void A_partitioned_fiscal_data_package_is_a_usage_error()
        => Assert.Equal(2, Run("export", Sample, "--format", "fdp", "--partition-by", "year", "-o", Path.Combine(_folder, "x")).Exit);

    [Fact]
    public void A_missing_input_is_a_usage_error_that_says_so()
    {
        (int exit, _, string stderr) = Run("export", Path.Combine(_folder, "absent"), "--format", "csv", "-o", Path.Combine(_folder, "x"));
        Assert.Equal((2, true), (exit, stderr.Contains("There is no file or folder", StringComparison.Ordinal)));
    }

    private static BudgetDisclosure[] Disclosures(string corpus)
        => [.. Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Select(f => { try { return OpenBudgetJson.Deserialize(File.ReadAllText(f)); } catch (DisclosureJsonException) { return null; } })
            .OfType<BudgetDisclosure>()];

    /// <summary>The library's exact totals of amount_wan and cell counts by year, table and column.</summary>
    private static SortedDictionary<string, (decimal Total, long Cells)> LibraryTotals(IEnumerable<BudgetDisclosure> disclosures)
        => new(TidyAggregator.Aggregate(TidyExport.Rows(disclosures), ByYearTableColumn).ToDictionary(a => string.Join('|', a.Key), a => (a.TotalWan, a.Cells)), StringComparer.Ordinal);

    private static SortedDictionary<string, (decimal Total, long Cells)> Totals(IEnumerable<(string Year, string Table, string Column, string? AmountWan)> rows)
    {
        var totals = new SortedDictionary<string, (decimal Total, long Cells)>(StringComparer.Ordinal);
        foreach ((string year, string table, string column, string? wan) in rows)
        {
            string key = $"{year}|{table}|{column}";
            (decimal total, long cells) = totals.GetValueOrDefault(key);
            totals[key] = (total + (string.IsNullOrEmpty(wan) ? 0m : decimal.Parse(wan, NumberStyles.Number, CultureInfo.InvariantCulture)), cells + 1);
        }

        return totals;
    }

    private static async Task<List<(string, string, string, string?)>> ReadParquetAsync(string path)
    {
        await using FileStream stream = File.OpenRead(path);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        DataField Field(string name) => fields.Single(f => f.Name == name);
        var rows = new List<(string, string, string, string?)>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            int[] years = new int[n];
            string?[] tables = new string?[n];
            string?[] columns = new string?[n];
            decimal?[] wan = new decimal?[n];
            await group.ReadAsync<int>(Field("fiscal_year"), years.AsMemory(), null);
            await group.ReadAsync(Field("table_kind"), tables.AsMemory(), null);
            await group.ReadAsync(Field("column_key"), columns.AsMemory(), null);
            await group.ReadAsync<decimal>(Field("amount_wan"), wan.AsMemory(), null);
            for (int i = 0; i < years.Length; i++)
            {
                rows.Add((years[i].ToString(CultureInfo.InvariantCulture), tables[i]!, columns[i]!, wan[i]?.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return rows;
    }

    /// <summary>Parses RFC 4180 CSV with a header row; an empty unquoted field is null, "" is empty text.</summary>
    private static List<Dictionary<string, string?>> ReadCsv(string path)
    {
        string text = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false;
        bool wasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',' || c == '\n')
            {
                record.Add(field.Length == 0 && !wasQuoted ? null : field.ToString());
                field.Clear();
                wasQuoted = false;
                if (c == '\n')
                {
                    records.Add(record);
                    record = [];
                }
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        string?[] header = [.. records[0]];
        return [.. records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Length, r.Count);
            return header.Select((h, i) => (h!, r[i])).ToDictionary(p => p.Item1, p => p.Item2);
        })];
    }
}
