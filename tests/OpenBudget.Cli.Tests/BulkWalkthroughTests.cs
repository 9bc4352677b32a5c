using System.Globalization;
using DuckDB.NET.Data;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Json;
using OpenBudget.Validation;
using static OpenBudget.Cli.Tests.BulkCli;

namespace OpenBudget.Cli.Tests;

/// <summary>The README's "Bulk work" walk-through, run as written: generate → validate → export to Parquet → the DuckDB queries.</summary>
public sealed class BulkWalkthroughTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openbudget-walkthrough-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_readmes_queries_over_the_exported_corpus_give_the_librarys_figures()
    {
        string corpus = Generate(_folder, "corpus", "--departments", "30", "--years", "2", "--seed", "7", "--inject-errors", "3");
        Assert.Equal(1, Run("validate", corpus, "-q").Exit);
        string output = Path.Combine(_folder, "out");
        Assert.Equal(0, Run("export", corpus, "--format", "parquet", "--partition-by", "year", "--findings", "-o", output, "-q").Exit);
        BudgetDisclosure[] disclosures = [.. Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_')).Select(f => OpenBudgetJson.Deserialize(File.ReadAllText(f)))];

        // Spending by year and functional class (类), from the item rows of 表3 so that nothing is counted twice.
        List<object?[]> byClass = Query(output, """
            SELECT fiscal_year, functional_class, sum(amount_wan) AS total_wan, count(DISTINCT disclosure_id) AS departments
            FROM read_parquet('out/amounts/*/*.parquet', hive_partitioning = true)
            WHERE table_kind = 'expenditure' AND column_key = 'total' AND row_kind = 'item'
            GROUP BY ALL ORDER BY ALL;
            """);
        var query = new TidyQuery { GroupBy = [TidyDimension.Year, TidyDimension.FunctionalClass], TableKind = TableKind.Expenditure, ColumnKey = ColumnKeys.Total, RowKind = RowKind.Item };
        string[] expected = [.. TidyAggregator.Aggregate(TidyExport.Rows(disclosures), query).Select(a => $"{a.Key[0]}|{a.Key[1]}|{a.TotalWan.ToString("0.000000", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];
        string[] actual = [.. byClass.Select(r => $"{r[0]}|{r[1]}|{((decimal)r[2]!).ToString("0.000000", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];
        Assert.Equal(expected, actual);
        Assert.True(byClass.Select(r => (string)r[1]!).Distinct().Count() >= 25, "the corpus spans the functional classes");

        // Every error with the printed amount it points at.
        List<object?[]> errors = Query(output, """
            SELECT f.disclosure_id, f.rule_id, f.pointer, a.row_name, a.amount, f.expected, f.difference
            FROM read_parquet('out/findings/*/*.parquet', hive_partitioning = true) f
            JOIN read_parquet('out/amounts/*/*.parquet', hive_partitioning = true) a USING (disclosure_id, pointer)
            WHERE f.verdict = 'error'
            ORDER BY ALL;
            """);
        var validator = new DisclosureValidator();
        string[] tableErrors = [.. disclosures
            .SelectMany(d => validator.Validate(d).Findings.Where(f => f.Verdict == Verdict.Error && f.Location.JsonPointer.StartsWith("/tables/", StringComparison.Ordinal))
                .Select(f => $"{DisclosureIds.For(d)}|{f.RuleId}|{f.Location.JsonPointer}"))
            .Order(StringComparer.Ordinal)];
        Assert.NotEmpty(tableErrors);
        Assert.Equal(tableErrors, errors.Select(r => $"{r[0]}|{r[1]}|{r[2]}").Order(StringComparer.Ordinal));
    }

    /// <summary>Runs the SQL as the README prints it, with "out/" standing for the export folder.</summary>
    private static List<object?[]> Query(string output, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql.Replace("'out/", "'" + output.Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
