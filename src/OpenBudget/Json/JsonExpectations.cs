using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Json;

/// <summary>Says in words what JSON value a model type is written as, for error messages, and names the schema's $defs.</summary>
internal static class JsonExpectations
{
    /// <summary>Gets the name of a model type's entry in the schema's $defs: the type name in camelCase ("tableRow").</summary>
    /// <param name="type">The model type.</param>
    /// <returns>The name.</returns>
    internal static string DefinitionName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    /// <summary>Describes the JSON a type is read from: "a string", "one of \"budget\", \"finalAccounts\"", "a tableRow object".</summary>
    /// <param name="type">The type.</param>
    /// <param name="options">The options whose converters read it.</param>
    /// <returns>The description.</returns>
    internal static string Describe(Type type, JsonSerializerOptions options)
    {
        if (Nullable.GetUnderlyingType(type) is Type underlying)
        {
            return $"{Describe(underlying, options)} or null";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(decimal))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "a date as a string written yyyy-MM-dd, e.g. \"2026-02-27\"";
        }

        if (type == typeof(Uri))
        {
            return "a URI as a string";
        }

        if (type == typeof(Amount))
        {
            return AmountJsonConverter.Expectation;
        }

        if (type == typeof(FunctionalCode))
        {
            return ClassificationCodeJsonConverter<FunctionalCode>.Expectation;
        }

        if (type == typeof(EconomicCode))
        {
            return ClassificationCodeJsonConverter<EconomicCode>.Expectation;
        }

        if (type == typeof(EquatableArray<TableCell>))
        {
            return TableCellsJsonConverter.Expectation;
        }

        if (TryGetElementType(type, out Type? element))
        {
            return $"an array, each item {Describe(element, options)}";
        }

        if (type.IsEnum && options.TryGetTypeInfo(type, out JsonTypeInfo? info) && info.Converter is IAllowedNames names)
        {
            return $"one of {names.AllowedList}";
        }

        return $"a {DefinitionName(type)} object";
    }

    /// <summary>Tells whether a type is an <see cref="EquatableArray{T}"/> and gives its element type.</summary>
    /// <param name="type">The type.</param>
    /// <param name="element">The element type, when it is one.</param>
    /// <returns><see langword="true"/> for an <see cref="EquatableArray{T}"/>.</returns>
    internal static bool TryGetElementType(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? element)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            element = type.GetGenericArguments()[0];
            return true;
        }

        element = null;
        return false;
    }
}
