using System.Text.Json;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads the performance tables, with their funding, straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from the source-generated metadata of <see cref="PerformanceTable"/> and <see cref="PerformanceFunding"/> through <see cref="ObjectProperties"/>.</remarks>
internal sealed class PerformanceTablesJsonConverter : EquatableArrayJsonConverter<PerformanceTable>
{
    private const int Scope = 0;
    private const int Title = 1;
    private const int BudgetUnit = 2;
    private const int ProjectName = 3;
    private const int Contact = 4;
    private const int Phone = 5;
    private const int Funding = 6;
    private const int Goal = 7;
    private const int Indicators = 8;

    private const int FundingUnit = 0;
    private const int Total = 1;
    private const int Fiscal = 2;
    private const int Other = 3;
    private const int Lines = 4;

    protected override JsonArrays.ElementReader<PerformanceTable> CreateElementReader(JsonSerializerOptions options)
    {
        var table = new ObjectProperties(options.GetTypeInfo(typeof(PerformanceTable)), "scope", "title", "budgetUnit", "projectName", "contact", "phone", "funding", "goal", "indicators");
        var funding = new ObjectProperties(options.GetTypeInfo(typeof(PerformanceFunding)), "unit", "total", "fiscal", "other", "lines");
        JsonArrays.ElementReader<EquatableArray<PerformanceIndicator>> readIndicators = JsonArrays.PropertyReader<PerformanceIndicator>(options);
        JsonArrays.ElementReader<EquatableArray<NamedAmount>> readLines = JsonArrays.PropertyReader<NamedAmount>(options);
        return (ref Utf8JsonReader reader) => ReadTable(ref reader, table, funding, readIndicators, readLines);
    }

    private static PerformanceTable ReadTable(
        ref Utf8JsonReader reader,
        ObjectProperties properties,
        ObjectProperties fundingProperties,
        JsonArrays.ElementReader<EquatableArray<PerformanceIndicator>> readIndicators,
        JsonArrays.ElementReader<EquatableArray<NamedAmount>> readLines)
    {
        properties.ExpectObject(ref reader);
        PerformanceScope scope = default;
        string title = "";
        string? budgetUnit = null;
        string? projectName = null;
        string? contact = null;
        string? phone = null;
        PerformanceFunding? funding = null;
        string goal = "";
        EquatableArray<PerformanceIndicator> indicators = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Scope:
                    scope = CamelCaseEnumConverter<PerformanceScope>.ReadValue(ref reader);
                    break;
                case Title:
                    title = JsonValues.String(ref reader);
                    break;
                case BudgetUnit:
                    budgetUnit = JsonValues.NullableString(ref reader);
                    break;
                case ProjectName:
                    projectName = JsonValues.NullableString(ref reader);
                    break;
                case Contact:
                    contact = JsonValues.NullableString(ref reader);
                    break;
                case Phone:
                    phone = JsonValues.NullableString(ref reader);
                    break;
                case Funding:
                    funding = ReadFunding(ref reader, fundingProperties, readLines);
                    break;
                case Goal:
                    goal = JsonValues.String(ref reader);
                    break;
                case Indicators:
                    indicators = readIndicators(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new PerformanceTable
        {
            Scope = scope,
            Title = title,
            BudgetUnit = budgetUnit,
            ProjectName = projectName,
            Contact = contact,
            Phone = phone,
            Funding = funding ?? new PerformanceFunding(), // the model's default when the property is absent
            Goal = goal,
            Indicators = indicators,
        };
    }

    private static PerformanceFunding ReadFunding(ref Utf8JsonReader reader, ObjectProperties properties, JsonArrays.ElementReader<EquatableArray<NamedAmount>> readLines)
    {
        properties.ExpectNonNullObject(ref reader);
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        Amount total = default;
        Amount fiscal = default;
        Amount other = default;
        EquatableArray<NamedAmount> lines = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case FundingUnit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
                case Total:
                    total = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Fiscal:
                    fiscal = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Other:
                    other = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Lines:
                    lines = readLines(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new PerformanceFunding { Unit = unit, Total = total, Fiscal = fiscal, Other = other, Lines = lines };
    }
}
