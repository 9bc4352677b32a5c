using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads the overview's budget units straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="BudgetUnit"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class BudgetUnitsJsonConverter : EquatableArrayJsonConverter<BudgetUnit>
{
    private const int Name = 0;
    private const int Kind = 1;
    private const int KindText = 2;

    protected override JsonArrays.ElementReader<BudgetUnit> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(BudgetUnit)), "name", "kind", "kindText");
        return (ref Utf8JsonReader reader) => Read(ref reader, properties);
    }

    private static BudgetUnit Read(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        string name = "";
        BudgetUnitKind kind = default;
        string? kindText = null;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case Kind:
                    kind = CamelCaseEnumConverter<BudgetUnitKind>.ReadValue(ref reader);
                    break;
                case KindText:
                    kindText = JsonValues.NullableString(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new BudgetUnit(name, kind, kindText);
    }
}
