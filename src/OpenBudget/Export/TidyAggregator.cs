using System.Collections.Immutable;
using OpenBudget.Disclosures;

namespace OpenBudget.Export;

/// <summary>Totals and cell counts of tidy amounts in 万元, grouped by code, unit, year or region, with exact decimal sums (跨部门汇总).</summary>
/// <remarks>
/// Two entry points give the same answer: <see cref="Aggregate(IEnumerable{TidyAmountRow}, TidyQuery)"/> streams rows once
/// and holds only the groups; <see cref="Aggregate(TidyAmountTable, TidyQuery)"/> runs over a columnar table, on every
/// core, for repeated queries over millions of rows. Groups come back ordered by key (ordinal, missing values first).
/// </remarks>
public static class TidyAggregator
{
    private const int MaxDenseGroups = 1 << 20;
    private const int MinRowsPerWorker = 1 << 16;
    private static readonly decimal MicrosPerWan = 1_000_000m;

    /// <summary>Aggregates a stream of rows.</summary>
    /// <param name="rows">The rows, enumerated once.</param>
    /// <param name="query">What to group by and which rows to keep.</param>
    /// <returns>One aggregate per group, ordered by key.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<TidyAggregate> Aggregate(IEnumerable<TidyAmountRow> rows, TidyQuery query)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(query);
        TidyDimension[] dimensions = [.. query.GroupBy];
        var groups = new Dictionary<GroupKey, Accumulator>();
        foreach (TidyAmountRow row in rows)
        {
            if (!query.Keeps(row))
            {
                continue;
            }

            var values = new string?[dimensions.Length];
            for (int d = 0; d < dimensions.Length; d++)
            {
                values[d] = TidyDimensions.ValueOf(row, dimensions[d]);
            }

            var key = new GroupKey(values);
            if (!groups.TryGetValue(key, out Accumulator? accumulator))
            {
                accumulator = new Accumulator();
                groups.Add(key, accumulator);
            }

            accumulator.Cells++;
            if (row.AmountWan is decimal wan)
            {
                accumulator.Total += wan;
            }
            else
            {
                accumulator.Blank++;
            }
        }

        return Order(groups.Select(g => new TidyAggregate([.. g.Key.Values], g.Value.Total, g.Value.Cells, g.Value.Blank)));
    }

    /// <summary>Aggregates a columnar table, splitting the rows among the machine's cores.</summary>
    /// <param name="table">The table.</param>
    /// <param name="query">What to group by and which rows to keep.</param>
    /// <returns>One aggregate per group, ordered by key.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The dimensions have more possible combinations than a 64-bit group number holds.</exception>
    public static IReadOnlyList<TidyAggregate> Aggregate(TidyAmountTable table, TidyQuery query)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(query);
        var plan = new Plan(table, query);
        if (plan.Empty)
        {
            return [];
        }

        int workers = Math.Clamp(table.Count / MinRowsPerWorker, 1, Environment.ProcessorCount);
        var partials = new Partial[workers];
        int chunk = (table.Count + workers - 1) / workers;
        Parallel.For(0, workers, w =>
        {
            int start = w * chunk;
            int end = Math.Min(table.Count, start + chunk);
            partials[w] = plan.Run(start, end);
        });

        Partial total = partials[0];
        for (int w = 1; w < workers; w++)
        {
            total.Merge(partials[w]);
        }

        return Order(total.Groups(plan));
    }

    private static List<TidyAggregate> Order(IEnumerable<TidyAggregate> aggregates)
    {
        List<TidyAggregate> list = [.. aggregates];
        list.Sort(static (a, b) =>
        {
            for (int i = 0; i < a.Key.Length; i++)
            {
                int order = string.CompareOrdinal(a.Key[i], b.Key[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        });
        return list;
    }

    private sealed class Accumulator
    {
        public decimal Total { get; set; }

        public long Cells { get; set; }

        public long Blank { get; set; }
    }

    private readonly struct GroupKey(string?[] values) : IEquatable<GroupKey>
    {
        private readonly int _hash = Hash(values);

        public string?[] Values { get; } = values;

        public bool Equals(GroupKey other) => _hash == other._hash && Values.AsSpan().SequenceEqual(other.Values, StringComparer.Ordinal);

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => _hash;

        private static int Hash(string?[] values)
        {
            var hash = default(HashCode);
            foreach (string? value in values)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>The query resolved against a table: codes for the filters, strides for the group id.</summary>
    private sealed class Plan
    {
        private readonly TidyAmountTable _table;
        private readonly int[][] _codes;
        private readonly long[] _strides;
        private readonly int _yearFilter;
        private readonly int _regionFilter;
        private readonly int _columnFilter;
        private readonly int _tableKindFilter;
        private readonly int _rowKindFilter;

        public Plan(TidyAmountTable table, TidyQuery query)
        {
            _table = table;
            Dimensions = [.. query.GroupBy.Select(table.Column)];
            _codes = [.. Dimensions.Select(d => d.Codes)];
            _strides = new long[Dimensions.Length];
            long groups = 1;
            for (int d = Dimensions.Length - 1; d >= 0; d--)
            {
                _strides[d] = groups;
                try
                {
                    groups = checked(groups * Dimensions[d].Values.Count);
                }
                catch (OverflowException ex)
                {
                    throw new ArgumentException($"Grouping by {string.Join(", ", query.GroupBy)} makes more possible groups than a 64-bit group number holds; group by fewer dimensions.", nameof(query), ex);
                }
            }

            GroupCount = groups;
            _yearFilter = query.Year is int year ? Lookup(table.Column(TidyDimension.Year), year.ToString(System.Globalization.CultureInfo.InvariantCulture)) : 0;
            _regionFilter = query.RegionCode is string region ? Lookup(table.Column(TidyDimension.Region), region) : 0;
            _columnFilter = query.ColumnKey is string column ? Lookup(table.Column(TidyDimension.ColumnKey), column) : 0;
            _tableKindFilter = query.TableKind is TableKind kind ? (int)kind : -1;
            _rowKindFilter = query.RowKind is RowKind rowKind ? (int)rowKind : -1;
        }

        public TidyAmountTable.DimensionColumn[] Dimensions { get; }

        public long GroupCount { get; }

        public bool Dense => GroupCount <= MaxDenseGroups;

        public bool Empty { get; private set; }

        public bool ExactAmounts => _table.Micros is null;

        public Partial Run(int start, int end)
        {
            var partial = new Partial(this);
            long[]? micros = _table.Micros;
            decimal[]? exact = _table.Exact;
            bool[] blank = _table.Blank;
            int[] years = _table.Column(TidyDimension.Year).Codes;
            int[] regions = _table.Column(TidyDimension.Region).Codes;
            int[] columns = _table.Column(TidyDimension.ColumnKey).Codes;
            byte[] tableKinds = _table.TableKinds;
            byte[] rowKinds = _table.RowKinds;
            for (int i = start; i < end; i++)
            {
                if ((_yearFilter != 0 && years[i] != _yearFilter)
                    || (_regionFilter != 0 && regions[i] != _regionFilter)
                    || (_columnFilter != 0 && columns[i] != _columnFilter)
                    || (_tableKindFilter >= 0 && tableKinds[i] != _tableKindFilter)
                    || (_rowKindFilter >= 0 && rowKinds[i] != _rowKindFilter))
                {
                    continue;
                }

                long group = 0;
                for (int d = 0; d < _codes.Length; d++)
                {
                    group += _codes[d][i] * _strides[d];
                }

                if (micros is not null)
                {
                    partial.Add(group, micros[i], blank[i]);
                }
                else
                {
                    partial.Add(group, exact![i], blank[i]);
                }
            }

            return partial;
        }

        private int Lookup(TidyAmountTable.DimensionColumn column, string value)
        {
            int code = column.CodeOf(value);
            if (code < 0)
            {
                Empty = true;
            }

            return code;
        }
    }

    /// <summary>One worker's sums: dense arrays indexed by group id when the groups are few, a dictionary otherwise.</summary>
    private sealed class Partial
    {
        private readonly Int128[]? _micros;
        private readonly decimal[]? _exact;
        private readonly long[]? _cells;
        private readonly long[]? _blank;
        private readonly Dictionary<long, (Int128 Micros, decimal Exact, long Cells, long Blank)>? _sparse;

        public Partial(Plan plan)
        {
            if (plan.Dense)
            {
                int size = (int)plan.GroupCount;
                _cells = new long[size];
                _blank = new long[size];
                if (plan.ExactAmounts)
                {
                    _exact = new decimal[size];
                }
                else
                {
                    _micros = new Int128[size];
                }
            }
            else
            {
                _sparse = [];
            }
        }

        public void Add(long group, long micros, bool blank)
        {
            if (_sparse is null)
            {
                _micros![group] += micros;
                _cells![group]++;
                _blank![group] += blank ? 1 : 0;
                return;
            }

            _sparse.TryGetValue(group, out var sums);
            _sparse[group] = (sums.Micros + micros, sums.Exact, sums.Cells + 1, sums.Blank + (blank ? 1 : 0));
        }

        public void Add(long group, decimal exact, bool blank)
        {
            if (_sparse is null)
            {
                _exact![group] += exact;
                _cells![group]++;
                _blank![group] += blank ? 1 : 0;
                return;
            }

            _sparse.TryGetValue(group, out var sums);
            _sparse[group] = (sums.Micros, sums.Exact + exact, sums.Cells + 1, sums.Blank + (blank ? 1 : 0));
        }

        public void Merge(Partial other)
        {
            if (_sparse is null)
            {
                for (int g = 0; g < _cells!.Length; g++)
                {
                    _cells[g] += other._cells![g];
                    _blank![g] += other._blank![g];
                    if (_micros is not null)
                    {
                        _micros[g] += other._micros![g];
                    }
                    else
                    {
                        _exact![g] += other._exact![g];
                    }
                }

                return;
            }

            foreach (var (group, sums) in other._sparse!)
            {
                _sparse.TryGetValue(group, out var mine);
                _sparse[group] = (mine.Micros + sums.Micros, mine.Exact + sums.Exact, mine.Cells + sums.Cells, mine.Blank + sums.Blank);
            }
        }

        public IEnumerable<TidyAggregate> Groups(Plan plan)
        {
            IEnumerable<(long Group, Int128 Micros, decimal Exact, long Cells, long Blank)> groups = _sparse is null
                ? Enumerable.Range(0, _cells!.Length).Where(g => _cells[g] > 0).Select(g => ((long)g, _micros is null ? Int128.Zero : _micros[g], _exact is null ? 0m : _exact[g], _cells[g], _blank![g]))
                : _sparse.Select(p => (p.Key, p.Value.Micros, p.Value.Exact, p.Value.Cells, p.Value.Blank));
            foreach (var (group, micros, exact, cells, blank) in groups)
            {
                var key = ImmutableArray.CreateBuilder<string?>(plan.Dimensions.Length);
                long rest = group;
                for (int d = 0; d < plan.Dimensions.Length; d++)
                {
                    long stride = 1;
                    for (int e = d + 1; e < plan.Dimensions.Length; e++)
                    {
                        stride *= plan.Dimensions[e].Values.Count;
                    }

                    key.Add(plan.Dimensions[d].Values[(int)(rest / stride)]);
                    rest %= stride;
                }

                decimal total = plan.ExactAmounts ? exact : (decimal)micros / MicrosPerWan;
                yield return new TidyAggregate(key.MoveToImmutable(), total, cells, blank);
            }
        }
    }
}
