using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBudget.Json;

/// <summary>Writes an enum as its camel-case name ("finalAccounts") and reads only defined names.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
