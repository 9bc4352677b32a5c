using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads the state assets' holdings straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="AssetHolding"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class AssetHoldingsJsonConverter : EquatableArrayJsonConverter<AssetHolding>
{
    private const int Key = 0;
    private const int Name = 1;
    private const int Quantity = 2;
    private const int QuantityUnit = 3;
    private const int Value = 4;
    private const int Unit = 5;

    protected override JsonArrays.ElementReader<AssetHolding> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(AssetHolding)), "key", "name", "quantity", "quantityUnit", "value", "unit");
        return (ref Utf8JsonReader reader) => Read(ref reader, properties);
    }

    private static AssetHolding Read(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        string key = "";
        string name = "";
        decimal? quantity = null;
        string? quantityUnit = null;
        Amount value = default;
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Key:
                    key = JsonValues.String(ref reader);
                    break;
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case Quantity:
                    quantity = JsonValues.NullableDecimal(ref reader);
                    break;
                case QuantityUnit:
                    quantityUnit = JsonValues.NullableString(ref reader);
                    break;
                case Value:
                    value = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Unit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new AssetHolding { Key = key, Name = name, Quantity = quantity, QuantityUnit = quantityUnit, Value = value, Unit = unit };
    }
}
