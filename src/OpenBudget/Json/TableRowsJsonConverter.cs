using System.Text.Json;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads a table's rows straight from the UTF-8 bytes, the most numerous objects of a disclosure; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="TableRow"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class TableRowsJsonConverter : EquatableArrayJsonConverter<TableRow>
{
    private const int Kind = 0;
    private const int Side = 1;
    private const int Key = 2;
    private const int Functional = 3;
    private const int Economic = 4;
    private const int Name = 5;
    private const int BudgetUnit = 6;
    private const int Project = 7;
    private const int Cells = 8;

    protected override JsonArrays.ElementReader<TableRow> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(TableRow)), "kind", "side", "key", "functional", "economic", "name", "budgetUnit", "project", "cells");
        return (ref Utf8JsonReader reader) => ReadRow(ref reader, properties);
    }

    private static TableRow ReadRow(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        RowKind kind = default;
        TableSide? side = null;
        string? key = null;
        FunctionalCode? functional = null;
        EconomicCode? economic = null;
        string name = "";
        string? budgetUnit = null;
        string? project = null;
        EquatableArray<TableCell> cells = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Kind:
                    kind = CamelCaseEnumConverter<RowKind>.ReadValue(ref reader);
                    break;
                case Side:
                    side = JsonValues.NullableEnum<TableSide>(ref reader);
                    break;
                case Key:
                    key = JsonValues.NullableKey(ref reader);
                    break;
                case Functional:
                    functional = ClassificationCodeJsonConverter<FunctionalCode>.ReadNullable(ref reader);
                    break;
                case Economic:
                    economic = ClassificationCodeJsonConverter<EconomicCode>.ReadNullable(ref reader);
                    break;
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case BudgetUnit:
                    budgetUnit = JsonValues.NullableString(ref reader);
                    break;
                case Project:
                    project = JsonValues.NullableString(ref reader);
                    break;
                case Cells:
                    cells = TableCellsJsonConverter.ReadCells(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new TableRow
        {
            Kind = kind,
            Side = side,
            Key = key,
            Functional = functional,
            Economic = economic,
            Name = name,
            BudgetUnit = budgetUnit,
            Project = project,
            Cells = cells,
        };
    }
}
