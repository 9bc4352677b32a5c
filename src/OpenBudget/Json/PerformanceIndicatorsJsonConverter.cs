using System.Text.Json;
using OpenBudget.Disclosures;

namespace OpenBudget.Json;

/// <summary>Reads a performance table's indicators, with their targets, straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from the source-generated metadata of <see cref="PerformanceIndicator"/> and <see cref="IndicatorTarget"/> through <see cref="ObjectProperties"/>.</remarks>
internal sealed class PerformanceIndicatorsJsonConverter : EquatableArrayJsonConverter<PerformanceIndicator>
{
    private const int Level1 = 0;
    private const int Level2 = 1;
    private const int Name = 2;
    private const int Target = 3;
    private const int Basis = 4;
    private const int PriorYearValue = 5;
    private const int Weight = 6;
    private const int ScoringRule = 7;
    private const int Evidence = 8;

    private const int Text = 0;
    private const int Comparator = 1;
    private const int Value = 2;
    private const int Unit = 3;

    protected override JsonArrays.ElementReader<PerformanceIndicator> CreateElementReader(JsonSerializerOptions options)
    {
        var indicator = new ObjectProperties(options.GetTypeInfo(typeof(PerformanceIndicator)), "level1", "level2", "name", "target", "basis", "priorYearValue", "weight", "scoringRule", "evidence");
        var target = new ObjectProperties(options.GetTypeInfo(typeof(IndicatorTarget)), "text", "comparator", "value", "unit");
        return (ref Utf8JsonReader reader) => ReadIndicator(ref reader, indicator, target);
    }

    private static PerformanceIndicator ReadIndicator(ref Utf8JsonReader reader, ObjectProperties properties, ObjectProperties targetProperties)
    {
        properties.ExpectObject(ref reader);
        string level1 = "";
        string level2 = "";
        string name = "";
        IndicatorTarget? target = null;
        string? basis = null;
        string? priorYearValue = null;
        decimal? weight = null;
        string? scoringRule = null;
        string? evidence = null;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Level1:
                    level1 = JsonValues.String(ref reader);
                    break;
                case Level2:
                    level2 = JsonValues.String(ref reader);
                    break;
                case Name:
                    name = JsonValues.String(ref reader);
                    break;
                case Target:
                    target = ReadTarget(ref reader, targetProperties);
                    break;
                case Basis:
                    basis = JsonValues.NullableString(ref reader);
                    break;
                case PriorYearValue:
                    priorYearValue = JsonValues.NullableString(ref reader);
                    break;
                case Weight:
                    weight = JsonValues.NullableDecimal(ref reader);
                    break;
                case ScoringRule:
                    scoringRule = JsonValues.NullableString(ref reader);
                    break;
                case Evidence:
                    evidence = JsonValues.NullableString(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new PerformanceIndicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target!, // required: CheckRequired has refused an indicator without one
            Basis = basis,
            PriorYearValue = priorYearValue,
            Weight = weight,
            ScoringRule = scoringRule,
            Evidence = evidence,
        };
    }

    private static IndicatorTarget ReadTarget(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("Expected an indicatorTarget object, found null (null is not allowed here).");
        }

        properties.ExpectObject(ref reader);
        string text = "";
        TargetComparator? comparator = null;
        decimal? value = null;
        string? unit = null;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Text:
                    text = JsonValues.String(ref reader);
                    break;
                case Comparator:
                    comparator = JsonValues.NullableEnum<TargetComparator>(ref reader);
                    break;
                case Value:
                    value = JsonValues.NullableDecimal(ref reader);
                    break;
                case Unit:
                    unit = JsonValues.NullableString(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new IndicatorTarget { Text = text, Comparator = comparator, Value = value, Unit = unit };
    }
}
