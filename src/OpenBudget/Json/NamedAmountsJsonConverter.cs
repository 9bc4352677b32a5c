using System.Text.Json;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads lists of named amounts (allocations, funding lines, listed parts) straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
internal sealed class NamedAmountsJsonConverter : EquatableArrayJsonConverter<NamedAmount>
{
    private const int Name = 0;
    private const int Amount = 1;
    private const int Unit = 2;

    /// <summary>Makes the reader of one named amount, with the properties of its source-generated metadata.</summary>
    /// <param name="options">The options the document is read with.</param>
    /// <returns>The reader.</returns>
    internal static JsonArrays.ElementReader<NamedAmount> CreateReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(options.GetTypeInfo(typeof(NamedAmount)), "name", "amount", "unit");
        return (ref Utf8JsonReader reader) => Read(ref reader, properties);
    }

    protected override JsonArrays.ElementReader<NamedAmount> CreateElementReader(JsonSerializerOptions options) => CreateReader(options);

    private static NamedAmount Read(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        string name = "";
        Amount amount = default;
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case Amount:
                    amount = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Unit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new NamedAmount(name, amount, unit);
    }
}
