using System.Text.Json;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads a disclosure's tables straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="DisclosureTable"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class DisclosureTablesJsonConverter : EquatableArrayJsonConverter<DisclosureTable>
{
    private const int Kind = 0;
    private const int Number = 1;
    private const int Title = 2;
    private const int PreparedBy = 3;
    private const int Unit = 4;
    private const int Columns = 5;
    private const int Rows = 6;
    private const int Notes = 7;

    protected override JsonArrays.ElementReader<DisclosureTable> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(DisclosureTable)), "kind", "number", "title", "preparedBy", "unit", "columns", "rows", "notes");
        JsonArrays.ElementReader<EquatableArray<TableColumn>> readColumns = JsonArrays.PropertyReader<TableColumn>(options);
        JsonArrays.ElementReader<EquatableArray<TableRow>> readRows = JsonArrays.PropertyReader<TableRow>(options);
        JsonArrays.ElementReader<EquatableArray<string>> readNotes = JsonArrays.PropertyReader<string>(options);
        return (ref Utf8JsonReader reader) => Read(ref reader, properties, readColumns, readRows, readNotes);
    }

    private static DisclosureTable Read(
        ref Utf8JsonReader reader,
        ObjectProperties properties,
        JsonArrays.ElementReader<EquatableArray<TableColumn>> readColumns,
        JsonArrays.ElementReader<EquatableArray<TableRow>> readRows,
        JsonArrays.ElementReader<EquatableArray<string>> readNotes)
    {
        properties.ExpectObject(ref reader);
        TableKind kind = default;
        string? number = null;
        string title = "";
        string? preparedBy = null;
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        EquatableArray<TableColumn> columns = default;
        EquatableArray<TableRow> rows = default;
        EquatableArray<string> notes = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Kind:
                    kind = CamelCaseEnumConverter<TableKind>.ReadValue(ref reader);
                    break;
                case Number:
                    number = JsonValues.NullableString(ref reader);
                    break;
                case Title:
                    title = JsonValues.String(ref reader);
                    break;
                case PreparedBy:
                    preparedBy = JsonValues.NullableString(ref reader);
                    break;
                case Unit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
                case Columns:
                    columns = readColumns(ref reader);
                    break;
                case Rows:
                    rows = readRows(ref reader);
                    break;
                case Notes:
                    notes = readNotes(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new DisclosureTable
        {
            Kind = kind,
            Number = number,
            Title = title,
            PreparedBy = preparedBy,
            Unit = unit,
            Columns = columns,
            Rows = rows,
            Notes = notes,
        };
    }
}
