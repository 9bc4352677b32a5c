using System.Collections.Immutable;
using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Export;

/// <summary>Tidy amounts held column by column, every dimension dictionary-encoded, for fast repeated aggregation of millions of rows (列式存储).</summary>
/// <remarks>
/// Amounts are held as whole millionths of 万元 (<c>amount_wan</c> × 10⁶) while every amount fits, which sums exactly in
/// 128-bit integers; an amount with more than six decimals in 万元 switches the table to exact <see cref="decimal"/>s.
/// Build one with <see cref="From(IEnumerable{TidyAmountRow})"/> or a <see cref="Builder"/>, then query it with
/// <see cref="TidyAggregator.Aggregate(TidyAmountTable, TidyQuery)"/>.
/// </remarks>
public sealed class TidyAmountTable
{
    private const decimal MicrosPerWan = 1_000_000m;
    private const decimal MaxWan = 9_000_000_000_000m;

    private TidyAmountTable(Builder builder)
    {
        Count = builder.Count;
        Dimensions = builder.Dimensions.Select(d => d.Seal(Count)).ToImmutableArray();
        FiscalYears = builder.FiscalYears[..Count];
        TableKinds = builder.TableKinds[..Count];
        RowKinds = builder.RowKinds[..Count];
        Blank = builder.Blank[..Count];
        Micros = builder.Micros is null ? null : builder.Micros[..Count];
        Exact = builder.Exact?[..Count];
    }

    /// <summary>Gets how many rows the table holds.</summary>
    public int Count { get; }

    internal ImmutableArray<DimensionColumn> Dimensions { get; }

    internal int[] FiscalYears { get; }

    internal byte[] TableKinds { get; }

    internal byte[] RowKinds { get; }

    internal bool[] Blank { get; }

    internal long[]? Micros { get; }

    internal decimal[]? Exact { get; }

    /// <summary>Builds a table from rows.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <returns>The table.</returns>
    public static TidyAmountTable From(IEnumerable<TidyAmountRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new Builder();
        foreach (TidyAmountRow row in rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    internal DimensionColumn Column(TidyDimension dimension) => Dimensions[(int)dimension];

    /// <summary>Collects rows into a <see cref="TidyAmountTable"/>.</summary>
    public sealed class Builder
    {
        private int _capacity;

        /// <summary>Initializes a new instance of the <see cref="Builder"/> class.</summary>
        /// <param name="capacity">How many rows to make room for at first.</param>
        public Builder(int capacity = 1024)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
            _capacity = capacity;
            FiscalYears = new int[capacity];
            TableKinds = new byte[capacity];
            RowKinds = new byte[capacity];
            Blank = new bool[capacity];
            Micros = new long[capacity];
            Dimensions = Enum.GetValues<TidyDimension>().Select(d => new DimensionColumn(d, capacity)).ToArray();
        }

        /// <summary>Gets how many rows were added.</summary>
        public int Count { get; private set; }

        internal DimensionColumn[] Dimensions { get; }

        internal int[] FiscalYears { get; private set; }

        internal byte[] TableKinds { get; private set; }

        internal byte[] RowKinds { get; private set; }

        internal bool[] Blank { get; private set; }

        internal long[]? Micros { get; private set; }

        internal decimal[]? Exact { get; private set; }

        /// <summary>Adds a row.</summary>
        /// <param name="row">The row.</param>
        /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
        public void Add(TidyAmountRow row)
        {
            ArgumentNullException.ThrowIfNull(row);
            if (Count == _capacity)
            {
                Grow();
            }

            int i = Count;
            FiscalYears[i] = row.FiscalYear;
            TableKinds[i] = (byte)row.TableKind;
            RowKinds[i] = (byte)row.RowKind;
            foreach (DimensionColumn column in Dimensions)
            {
                column.Add(i, row);
            }

            decimal? wan = row.AmountWan;
            Blank[i] = wan is null;
            decimal value = wan ?? 0m;
            if (Micros is not null)
            {
                if (value.Scale <= 6 && Math.Abs(value) < MaxWan)
                {
                    Micros[i] = (long)(value * MicrosPerWan);
                }
                else
                {
                    Exact = new decimal[_capacity];
                    for (int j = 0; j < i; j++)
                    {
                        Exact[j] = Micros[j] / MicrosPerWan;
                    }

                    Micros = null;
                }
            }

            if (Exact is not null)
            {
                Exact[i] = value;
            }

            Count++;
        }

        /// <summary>Finishes the table.</summary>
        /// <returns>The table; the builder should not be used again.</returns>
        public TidyAmountTable Build() => new(this);

        private void Grow()
        {
            _capacity *= 2;
            FiscalYears = Resize(FiscalYears);
            TableKinds = Resize(TableKinds);
            RowKinds = Resize(RowKinds);
            Blank = Resize(Blank);
            Micros = Micros is null ? null : Resize(Micros);
            Exact = Exact is null ? null : Resize(Exact);
            foreach (DimensionColumn column in Dimensions)
            {
                column.Grow(_capacity);
            }
        }

        private T[] Resize<T>(T[] array)
        {
            var larger = new T[_capacity];
            array.AsSpan().CopyTo(larger);
            return larger;
        }
    }

    /// <summary>One dimension's values, dictionary-encoded: code 0 is "no value", codes from 1 index <see cref="Values"/>.</summary>
    internal sealed class DimensionColumn
    {
        private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _byNumber = [];
        private readonly List<string?> _values = [null];
        private int[] _codes;

        public DimensionColumn(TidyDimension dimension, int capacity)
        {
            Dimension = dimension;
            _codes = new int[capacity];
        }

        public TidyDimension Dimension { get; }

        public int[] Codes => _codes;

        /// <summary>Gets the values by code; index 0 is <see langword="null"/>.</summary>
        public IReadOnlyList<string?> Values => _values;

        public void Add(int index, TidyAmountRow row)
        {
            if (TidyDimensions.IsCode(Dimension))
            {
                _codes[index] = TidyDimensions.CodeNumber(row, Dimension) is int number ? NumberCode(number) : 0;
                return;
            }

            if (Dimension == TidyDimension.Year)
            {
                _codes[index] = NumberCode(row.FiscalYear);
                return;
            }

            string? text = TidyDimensions.ValueOf(row, Dimension);
            _codes[index] = text is null ? 0 : TextCode(text);
        }

        /// <summary>Finds the code of a value, or -1 when no row has it.</summary>
        public int CodeOf(string value)
            => _byText.TryGetValue(value, out int code) ? code
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && _byNumber.TryGetValue(number, out code) ? code
            : -1;

        public void Grow(int capacity)
        {
            var larger = new int[capacity];
            _codes.AsSpan().CopyTo(larger);
            _codes = larger;
        }

        public DimensionColumn Seal(int count)
        {
            Array.Resize(ref _codes, count);
            return this;
        }

        private int NumberCode(int number)
        {
            if (!_byNumber.TryGetValue(number, out int code))
            {
                code = _values.Count;
                _values.Add(number.ToString(CultureInfo.InvariantCulture));
                _byNumber.Add(number, code);
            }

            return code;
        }

        private int TextCode(string text)
        {
            if (!_byText.TryGetValue(text, out int code))
            {
                code = _values.Count;
                _values.Add(text);
                _byText.Add(text, code);
            }

            return code;
        }
    }
}
