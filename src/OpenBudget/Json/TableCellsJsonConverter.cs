using System.Buffers;
using System.Collections.Frozen;
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

    private const int MaxKeyLength = 64;
    private const int MaxCells = 64;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownKeys = CreateKnownKeys().GetAlternateLookup<ReadOnlySpan<char>>();

    public override bool HandleNull => true;

    public override EquatableArray<TableCell> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
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
            ArrayPool<TableCell>.Shared.Return(buffer, clearArray: true);
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

    /// <summary>Reads a property name, returning the shared string when it is a known column key.</summary>
    private static string ReadKey(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxKeyLength)
        {
            ReadOnlySpan<byte> bytes = reader.ValueSpan;
            Span<char> chars = stackalloc char[MaxKeyLength];
            bool ascii = true;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                ascii &= b < 0x80;
                chars[i] = (char)b;
            }

            if (ascii && KnownKeys.TryGetValue(chars[..bytes.Length], out string? known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }

    private static FrozenDictionary<string, string> CreateKnownKeys()
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
        return keys
            .Concat(economicClasses.Select(c => ColumnKeys.Economic(EconomicCode.FromValue(c, 0))))
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(k => k, k => k, StringComparer.Ordinal);
    }
}
