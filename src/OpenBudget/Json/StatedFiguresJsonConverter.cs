using System.Text.Json;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Reads the stated figures of the explanations, with their changes and listed parts, straight from the UTF-8 bytes; writes them with the generated metadata.</summary>
/// <remarks>The properties, their required flags and the errors come from the source-generated metadata of <see cref="StatedFigure"/>, <see cref="YearOverYearChange"/> and <see cref="NamedAmount"/> through <see cref="ObjectProperties"/>.</remarks>
internal sealed class StatedFiguresJsonConverter : EquatableArrayJsonConverter<StatedFigure>
{
    private const int Subject = 0;
    private const int Key = 1;
    private const int Functional = 2;
    private const int Amount = 3;
    private const int Unit = 4;
    private const int SharePercent = 5;
    private const int Change = 6;
    private const int Undisclosed = 7;
    private const int Purpose = 8;
    private const int Parts = 9;

    private const int Direction = 0;
    private const int ChangeAmount = 1;
    private const int RatePercent = 2;
    private const int ComparedWith = 3;
    private const int Reason = 4;

    /// <summary>Makes the reader of one stated figure, with the properties of its source-generated metadata.</summary>
    /// <param name="options">The options the document is read with.</param>
    /// <returns>The reader.</returns>
    internal static JsonArrays.ElementReader<StatedFigure> CreateReader(JsonSerializerOptions options)
    {
        var figure = new ObjectProperties(options.GetTypeInfo(typeof(StatedFigure)), "subject", "key", "functional", "amount", "unit", "sharePercent", "change", "undisclosed", "purpose", "parts");
        var change = new ObjectProperties(options.GetTypeInfo(typeof(YearOverYearChange)), "direction", "amount", "ratePercent", "comparedWith", "reason");
        JsonArrays.ElementReader<NamedAmount> readPart = NamedAmountsJsonConverter.CreateReader(options);
        string partsExpectation = JsonExpectations.Describe(typeof(EquatableArray<NamedAmount>), options);
        string partExpectation = JsonExpectations.Describe(typeof(NamedAmount), options);
        return (ref Utf8JsonReader reader) => ReadFigure(ref reader, figure, change, readPart, partsExpectation, partExpectation);
    }

    protected override JsonArrays.ElementReader<StatedFigure> CreateElementReader(JsonSerializerOptions options) => CreateReader(options);

    private static StatedFigure ReadFigure(
        ref Utf8JsonReader reader,
        ObjectProperties properties,
        ObjectProperties changeProperties,
        JsonArrays.ElementReader<NamedAmount> readPart,
        string partsExpectation,
        string partExpectation)
    {
        properties.ExpectObject(ref reader);
        string subject = "";
        string? key = null;
        FunctionalCode? functional = null;
        Amount amount = default;
        PresentationUnit unit = PresentationUnit.TenThousandYuan;
        Amount sharePercent = default;
        YearOverYearChange? change = null;
        bool undisclosed = false;
        string? purpose = null;
        EquatableArray<NamedAmount> parts = default;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Subject:
                    subject = JsonValues.String(ref reader);
                    break;
                case Key:
                    key = JsonValues.NullableKey(ref reader);
                    break;
                case Functional:
                    functional = ClassificationCodeJsonConverter<FunctionalCode>.ReadNullable(ref reader);
                    break;
                case Amount:
                    amount = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Unit:
                    unit = CamelCaseEnumConverter<PresentationUnit>.ReadValue(ref reader);
                    break;
                case SharePercent:
                    sharePercent = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case Change:
                    change = reader.TokenType == JsonTokenType.Null ? null : ReadChange(ref reader, changeProperties);
                    break;
                case Undisclosed:
                    undisclosed = JsonValues.Boolean(ref reader);
                    break;
                case Purpose:
                    purpose = JsonValues.NullableString(ref reader);
                    break;
                case Parts:
                    parts = JsonArrays.Read(ref reader, readPart, partsExpectation, partExpectation);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new StatedFigure
        {
            Subject = subject,
            Key = key,
            Functional = functional,
            Amount = amount,
            Unit = unit,
            SharePercent = sharePercent,
            Change = change,
            Undisclosed = undisclosed,
            Purpose = purpose,
            Parts = parts,
        };
    }

    private static YearOverYearChange ReadChange(ref Utf8JsonReader reader, ObjectProperties properties)
    {
        properties.ExpectObject(ref reader);
        ChangeDirection direction = default;
        Amount amount = default;
        Amount ratePercent = default;
        string? comparedWith = null;
        string? reason = null;
        ulong seen = 0;
        int property;
        while ((property = properties.Next(ref reader, ref seen)) >= 0)
        {
            switch (property)
            {
                case Direction:
                    direction = CamelCaseEnumConverter<ChangeDirection>.ReadValue(ref reader);
                    break;
                case ChangeAmount:
                    amount = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case RatePercent:
                    ratePercent = AmountJsonConverter.ReadAmount(ref reader);
                    break;
                case ComparedWith:
                    comparedWith = JsonValues.NullableString(ref reader);
                    break;
                case Reason:
                    reason = JsonValues.NullableString(ref reader);
                    break;
            }
        }

        properties.CheckRequired(seen);
        return new YearOverYearChange { Direction = direction, Amount = amount, RatePercent = ratePercent, ComparedWith = comparedWith, Reason = reason };
    }
}
