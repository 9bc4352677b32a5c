using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Writes a row's cells as one JSON object from column key to amount ({"total": 6675.00, "basic": null}), in column order.</summary>
/// <remarks>The keys of the <see cref="ColumnKeys"/> vocabulary are read into shared strings, so a document's thousands of cells do not each allocate their key.</remarks>
internal sealed class TableCellsJsonConverter : JsonConverter<EquatableArray<TableCell>>
{
    /// <summary>What a row's cells are, as error messages say it.</summary>
    internal const string Expectation = "the cells as an object from column key to amount";

    private const int MaxCells = 64;

    private static readonly Utf8KnownStrings KnownKeys = new(CreateKnownKeys());

    public override bool HandleNull => true;

    public override EquatableArray<TableCell> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCells(ref reader);

    /// <summary>Reads a row's cells at the reader's current token.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="JsonException">The token is not an object from column key to amount.</exception>
    internal static EquatableArray<TableCell> ReadCells(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {Expectation}, found {JsonTokens.Describe(ref reader)}.");
        }

        TableCell[] buffer = ArrayPool<TableCell>.Shared.Rent(MaxCells);
        int count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string column = ReadKey(ref reader);
                for (int i = 0; i < count; i++)
                {
                    if (string.Equals(buffer[i].Column, column, StringComparison.Ordinal))
                    {
                        throw new JsonException($"The column '{column}' appears twice in one row's cells.");
                    }
                }

                if (count == buffer.Length)
                {
                    throw new JsonException($"A row has more than {MaxCells} cells.");
                }

                reader.Read();
                buffer[count++] = new TableCell(column, AmountJsonConverter.ReadAmount(ref reader));
            }

            return count == 0
                ? new EquatableArray<TableCell>(ImmutableArray<TableCell>.Empty)
                : new EquatableArray<TableCell>(ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray()));
        }
        finally
        {
            // Clear the cells stored, so that the pool holds no reference into the model; clearing all 64 would cost more than reading a short row.
            buffer.AsSpan(0, count).Clear();
            ArrayPool<TableCell>.Shared.Return(buffer);
        }
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<TableCell> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (TableCell cell in value)
        {
            writer.WritePropertyName(cell.Column);
            if (cell.Amount.IsBlank)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteNumberValue(cell.Amount.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a column key given as a string value (a column's "key"), returning the shared string when it is a known key.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The key.</returns>
    /// <exception cref="JsonException">The value is not a string.</exception>
    internal static string ReadColumnKey(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? ReadKey(ref reader) : JsonValues.String(ref reader);

    /// <summary>Reads a property name or string value, returning the shared string when it is a known column key, else the read's cached string.</summary>
    private static string ReadKey(ref Utf8JsonReader reader)
        => !reader.HasValueSequence && !reader.ValueIsEscaped && KnownKeys.TryGet(reader.ValueSpan, out string? known) ? known : JsonValues.Text(ref reader);

    private static IEnumerable<string> CreateKnownKeys()
    {
        string[] keys =
        [
            ColumnKeys.Amount, ColumnKeys.Total, ColumnKeys.Income, ColumnKeys.Expenditure, ColumnKeys.Fiscal,
            ColumnKeys.GeneralPublicBudget, ColumnKeys.GeneralPublicBudgetTransfer, ColumnKeys.GovernmentFund,
            ColumnKeys.GovernmentFundTransfer, ColumnKeys.StateCapital, ColumnKeys.FiscalSpecialAccount, ColumnKeys.UnitFunds,
            ColumnKeys.PublicServiceRevenue, ColumnKeys.BusinessRevenue, ColumnKeys.OtherRevenue, ColumnKeys.FiscalCarryOver,
            ColumnKeys.NonFiscalCarryOver, ColumnKeys.Basic, ColumnKeys.Project, ColumnKeys.Personnel, ColumnKeys.Public,
            ColumnKeys.BasicPersonnel, ColumnKeys.BasicPublic, ColumnKeys.FiscalBasicPersonnel, ColumnKeys.FiscalBasicPublic,
            ColumnKeys.FiscalProject, ColumnKeys.NonFiscal, ColumnKeys.NonFiscalBasicPersonnel, ColumnKeys.NonFiscalBasicPublic,
            ColumnKeys.NonFiscalProject, ColumnKeys.ThreePublicTotal, ColumnKeys.OverseasTravel, ColumnKeys.Reception,
            ColumnKeys.Vehicles, ColumnKeys.VehiclePurchase, ColumnKeys.VehicleOperation, ColumnKeys.AgencyOperating,
        ];

        // Table 7's columns: the classes of the department economic classification (部门预算支出经济分类).
        int[] economicClasses = [301, 302, 303, 307, 309, 310, 311, 312, 313, 399];
        return keys.Concat(economicClasses.Select(c => ColumnKeys.Economic(EconomicCode.FromValue(c, 0))));
    }
}
