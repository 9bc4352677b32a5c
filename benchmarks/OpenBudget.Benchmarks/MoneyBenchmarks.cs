using System.Globalization;
using BenchmarkDotNet.Attributes;
using OpenBudget.Money;

namespace OpenBudget.Benchmarks;

using Money = OpenBudget.Money.Money;

/// <summary>The money hot paths: reading printed amounts, writing them, and summing money.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private const string Ascii = "5,590.76";
    private const string FullWidth = "５，５９０．７６";
    private const string WithUnit = "5,590.76万元";

    private readonly char[] _chars = new char[64];
    private readonly byte[] _bytes = new byte[64];
    private readonly Amount _amount = 96_282_213.44m;
    private Money[] _hundred = [];

    [GlobalSetup]
    public void Setup() => _hundred = [.. Enumerable.Range(1, 100).Select(i => new Money(i * 1_234.56m, Currency.CNY))];

    [Benchmark(Baseline = true)]
    public decimal DecimalParse_baseline() => decimal.Parse(Ascii, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Benchmark]
    public Amount Parse_ascii() => Amount.Parse(Ascii);

    [Benchmark]
    public Amount Parse_full_width() => Amount.Parse(FullWidth);

    [Benchmark]
    public bool TryParseDetailed_ascii() => Amount.TryParseDetailed(Ascii).Success;

    [Benchmark]
    public PresentedAmount Parse_with_unit() => PresentedAmount.Parse(WithUnit);

    [Benchmark]
    public int Format_to_chars()
    {
        _amount.TryFormat(_chars, out int written, default, null);
        return written;
    }

    [Benchmark]
    public int Format_to_utf8()
    {
        _amount.TryFormat(_bytes, out int written, default, null);
        return written;
    }

    [Benchmark]
    public string Format_to_string() => _amount.ToString();

    [Benchmark]
    public Money Sum_of_100() => Money.Sum(_hundred, Currency.CNY);

    [Benchmark]
    public Money Sum_of_100_by_operator()
    {
        Money total = Money.Zero(Currency.CNY);
        foreach (Money m in _hundred)
        {
            total += m;
        }

        return total;
    }
}
