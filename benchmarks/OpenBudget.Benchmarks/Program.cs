using BenchmarkDotNet.Running;

namespace OpenBudget.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Money*' --job short</c>; <c>aggregate [rows]</c> runs the ten-million-row aggregation race against DuckDB.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, or <c>aggregate [rows]</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "aggregate")
        {
            return AggregationRace.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
