using OpenBudget.Export;
using Parquet;
using Parquet.Schema;

namespace OpenBudget.Parquet;

/// <summary>One column's values for the row group being filled, written to Parquet when the group is full.</summary>
internal abstract class ParquetColumnBuffer
{
    protected ParquetColumnBuffer(DataField field) => Field = field;

    public DataField Field { get; }

    public static ParquetColumnBuffer For(TidyColumn column, int capacity) => column.Type switch
    {
        TidyColumnType.Text => new TextBuffer(new DataField<string>(column.Name, column.IsNullable), capacity),
        TidyColumnType.WholeNumber when column.IsNullable => new NullableIntBuffer(new DataField<int?>(column.Name, true), capacity),
        TidyColumnType.WholeNumber => new IntBuffer(new DataField<int>(column.Name, false), capacity),
        TidyColumnType.Boolean => new BoolBuffer(new DataField<bool>(column.Name, false), capacity),
        TidyColumnType.ExactDecimal => new DecimalBuffer(
            new DecimalDataField(column.Name, column.Precision!.Value, column.Scale!.Value, forceByteArrayEncoding: false, isNullable: column.IsNullable),
            column.Name,
            column.Precision.Value,
            column.Scale.Value,
            capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Not a tidy column type."),
    };

    public abstract Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken);

    internal sealed class TextBuffer(DataField field, int capacity) : ParquetColumnBuffer(field)
    {
        private readonly string?[] _values = new string?[capacity];

        public void Set(int index, string? value) => _values[index] = value;

        public override Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
            => group.WriteAsync(Field, new ArraySegment<string>(_values!, 0, count));
    }

    internal sealed class IntBuffer(DataField field, int capacity) : ParquetColumnBuffer(field)
    {
        private readonly int[] _values = new int[capacity];

        public void Set(int index, int value) => _values[index] = value;

        public override Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
            => group.WriteAsync<int>(Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);
    }

    internal sealed class NullableIntBuffer(DataField field, int capacity) : ParquetColumnBuffer(field)
    {
        private readonly int?[] _values = new int?[capacity];

        public void Set(int index, int? value) => _values[index] = value;

        public override Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
            => group.WriteAsync<int>(Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);
    }

    internal sealed class BoolBuffer(DataField field, int capacity) : ParquetColumnBuffer(field)
    {
        private readonly bool[] _values = new bool[capacity];

        public void Set(int index, bool value) => _values[index] = value;

        public override Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
            => group.WriteAsync<bool>(Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);
    }

    /// <summary>A DECIMAL(precision, scale) column that refuses any value it cannot hold exactly, so nothing is rounded on the way to Parquet.</summary>
    internal sealed class DecimalBuffer : ParquetColumnBuffer
    {
        private readonly decimal?[] _values;
        private readonly string _name;
        private readonly int _scale;
        private readonly int _precision;
        private readonly decimal _limit;

        public DecimalBuffer(DataField field, string name, int precision, int scale, int capacity)
            : base(field)
        {
            _values = new decimal?[capacity];
            _name = name;
            _precision = precision;
            _scale = scale;
            int integerDigits = precision - scale;
            _limit = integerDigits >= 28 ? decimal.MaxValue : Pow10(integerDigits);
        }

        public void Set(int index, decimal? value, string where)
        {
            if (value is decimal d)
            {
                if (d.Scale > _scale && decimal.Round(d, _scale) != d)
                {
                    throw new TidyExportException($"{_name} {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} has more than the {_scale} decimals the Parquet column DECIMAL({_precision},{_scale}) holds; it is not rounded.", where);
                }

                if (Math.Abs(d) >= _limit)
                {
                    throw new TidyExportException($"{_name} {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} has more than the {_precision - _scale} integer digits the Parquet column DECIMAL({_precision},{_scale}) holds.", where);
                }
            }

            _values[index] = value;
        }

        public override Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
            => group.WriteAsync<decimal>(Field, _values.AsMemory(0, count), cancellationToken: cancellationToken);

        private static decimal Pow10(int digits)
        {
            decimal result = 1m;
            for (int i = 0; i < digits; i++)
            {
                result *= 10m;
            }

            return result;
        }
    }
}
