using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using OpenBudget.Export;
using OpenBudget.Parquet;

namespace OpenBudget.Benchmarks;

/// <summary>
/// The console mode for ten million rows, where BenchmarkDotNet's repetitions would take too long: exports generated
/// disclosures to one Parquet file while loading the same rows into a columnar table, then times the library's
/// aggregation by functional section against DuckDB's over the Parquet file, in the same run, and checks they agree.
/// </summary>
internal static class AggregationRace
{
    private const int Repeats = 5;

    private const string Sql =
        "SELECT functional_class || functional_section AS section, sum(amount_wan) AS total, count(*) AS cells, count(*) - count(amount_wan) AS blank FROM read_parquet(";

    private const string InMemorySql =
        "SELECT functional_class || functional_section AS section, sum(amount_wan) AS total, count(*) AS cells, count(*) - count(amount_wan) AS blank FROM amounts GROUP BY 1";

    public static int Run(string[] args)
    {
        long target = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        string directory = Path.Combine(Path.GetTempPath(), "openbudget-aggregation-race");
        Directory.CreateDirectory(directory);
        string parquet = Path.Combine(directory, "amounts.parquet");
        int disclosures = (int)((target + 593) / 594);

        Console.WriteLine($"Generating {disclosures:N0} disclosures (~{target:N0} tidy rows) on {Environment.ProcessorCount} cores.");
        var builder = new TidyAmountTable.Builder(checked((int)target + 1_000));
        var clock = Stopwatch.StartNew();
        long written;
        using (FileStream stream = File.Create(parquet))
        {
            written = ParquetTidyWriter.WriteAsync(Tee(TidyExport.Rows(SyntheticCorpus.Disclosures(disclosures)), builder), stream).GetAwaiter().GetResult();
        }

        TidyAmountTable table = builder.Build();
        Console.WriteLine($"Exported {written:N0} rows to Parquet ({new FileInfo(parquet).Length / 1_048_576.0:N1} MiB) and loaded the columnar table in {clock.Elapsed.TotalSeconds:N1} s (generation included).");

        var query = new TidyQuery { GroupBy = [TidyDimension.FunctionalSection] };
        IReadOnlyList<TidyAggregate> ours = [];
        double oursMs = Median(() => ours = TidyAggregator.Aggregate(table, query));

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        List<(string?, decimal, long, long)> theirs = [];
        double duckMs = Median(() => theirs = Duck(connection, parquet));

        // The same query over DuckDB's own in-memory table, loaded from the Parquet file: in memory against in memory.
        using (DuckDBCommand load = connection.CreateCommand())
        {
            load.CommandText = "CREATE TABLE amounts AS SELECT functional_class, functional_section, amount_wan FROM read_parquet('" + parquet.Replace("'", "''", StringComparison.Ordinal) + "')";
            load.ExecuteNonQuery();
        }

        List<(string?, decimal, long, long)> theirsInMemory = [];
        double duckMemoryMs = Median(() => theirsInMemory = Duck(connection, null));

        List<(string?, decimal, long, long)> mine = [.. ours.Select(a => (a.Key[0], a.TotalWan, a.Cells, a.BlankCells))];
        theirs.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        theirsInMemory.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        bool agree = mine.SequenceEqual(theirs) && mine.SequenceEqual(theirsInMemory);
        Console.WriteLine($"Groups: {mine.Count}; the library and DuckDB agree exactly: {agree}.");
        Console.WriteLine($"Library  TidyAggregator over the columnar table:  median {oursMs:N1} ms of {Repeats}.");
        Console.WriteLine($"DuckDB   GROUP BY over the Parquet file:          median {duckMs:N1} ms of {Repeats}.");
        Console.WriteLine($"DuckDB   GROUP BY over its in-memory table:       median {duckMemoryMs:N1} ms of {Repeats}.");
        Console.WriteLine($"Ratio library / DuckDB over Parquet:   {oursMs / duckMs:N2} (target: at most 2).");
        Console.WriteLine($"Ratio library / DuckDB in memory:      {oursMs / duckMemoryMs:N2}.");
        File.Delete(parquet);
        return agree ? 0 : 1;
    }

    private static IEnumerable<TidyAmountRow> Tee(IEnumerable<TidyAmountRow> rows, TidyAmountTable.Builder builder)
    {
        foreach (TidyAmountRow row in rows)
        {
            builder.Add(row);
            yield return row;
        }
    }

    private static List<(string?, decimal, long, long)> Duck(DuckDBConnection connection, string? parquet)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = parquet is null
            ? InMemorySql
            : Sql + "'" + parquet.Replace("'", "''", StringComparison.Ordinal) + "') GROUP BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<(string?, decimal, long, long)>();
        while (reader.Read())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? 0m : reader.GetDecimal(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return rows;
    }

    private static double Median(Action action)
    {
        action();
        var times = new double[Repeats];
        for (int i = 0; i < Repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[Repeats / 2];
    }
}
