using BenchmarkDotNet.Running;

namespace OpenBudget.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Money*' --job short</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
