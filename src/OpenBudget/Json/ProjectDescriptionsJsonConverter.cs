using System.Text.Json;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads the explanations' project descriptions straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from <see cref="ProjectDescription"/>'s source-generated metadata through <see cref="ObjectProperties"/>.</remarks>
internal sealed class ProjectDescriptionsJsonConverter : EquatableArrayJsonConverter<ProjectDescription>
{
    private const int Name = 0;
    private const int PolicyBasis = 1;
    private const int Size = 2;
    private const int Unit = 3;
    private const int ImplementingUnit = 4;
    private const int AllocationText = 5;
    private const int Allocation = 6;
    private const int ExecutionPeriod = 7;
    private const int OtherSections = 8;

    protected override JsonArrays.ElementReader<ProjectDescription> CreateElementReader(JsonSerializerOptions options)
    {
        var properties = new ObjectProperties(
            options.GetTypeInfo(typeof(ProjectDescription)), "name", "policyBasis", "size", "unit", "implementingUnit", "allocationText", "allocation", "executionPeriod", "otherSections");
        JsonArrays.ElementReader<EquatableArray<NamedAmount>> readAllocation = JsonArrays.PropertyReader<NamedAmount>(options);
        JsonArrays.ElementReader<EquatableArray<NamedText>> readSections = JsonArrays.PropertyReader<NamedText>(options);
        return (ref Utf8JsonReader reader) => Read(ref reader, properties, readAllocation, readSections);
    }

    private static ProjectDescription Read(
        ref Utf8JsonReader reader,
        ObjectProperties properties,
        JsonArrays.ElementReader<EquatableArray<NamedAmount>> readAllocation,
        JsonArrays.ElementReader<EquatableArray<NamedText>> readSections)
    {
        properties.ExpectObject(ref reader);
        string name = "";
        string? policyBasis = null;
        Amount size = default;
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        string? implementingUnit = null;
        string? allocationText = null;
        EquatableArray<NamedAmount> allocation = default;
        string? executionPeriod = null;
        EquatableArray<NamedText> otherSections = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case PolicyBasis:
                    policyBasis = JsonValues.NullableString(ref reader);
                    break;
                case Size:
                    size = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Unit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
                case ImplementingUnit:
                    implementingUnit = JsonValues.NullableString(ref reader);
                    break;
                case AllocationText:
                    allocationText = JsonValues.NullableString(ref reader);
                    break;
                case Allocation:
                    allocation = readAllocation(ref reader);
                    break;
                case ExecutionPeriod:
                    executionPeriod = JsonValues.NullableString(ref reader);
                    break;
                case OtherSections:
                    otherSections = readSections(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new ProjectDescription
        {
            Name = name,
            PolicyBasis = policyBasis,
            Size = size,
            Unit = unit,
            ImplementingUnit = implementingUnit,
            AllocationText = allocationText,
            Allocation = allocation,
            ExecutionPeriod = executionPeriod,
            OtherSections = otherSections,
        };
    }
}
