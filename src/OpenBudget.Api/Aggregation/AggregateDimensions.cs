using OpenBudget.Export;

namespace OpenBudget.Api.Aggregation;

/// <summary>The names aggregates use for dimensions in <c>drilldown</c> and <c>cut</c>, in the style of OpenSpending (<c>functional.class</c>).</summary>
public static class AggregateDimensions
{
    /// <summary>Gets the dimensions a request may drill down by, name to tidy dimension, in the order they are documented.</summary>
    public static IReadOnlyList<KeyValuePair<string, TidyDimension>> Drilldowns { get; } =
    [
        new("year", TidyDimension.Year),
        new("region", TidyDimension.Region),
        new("disclosure", TidyDimension.Disclosure),
        new("unit", TidyDimension.BudgetUnit),
        new("functional.class", TidyDimension.FunctionalClass),
        new("functional.section", TidyDimension.FunctionalSection),
        new("functional.item", TidyDimension.FunctionalItem),
        new("economic.class", TidyDimension.EconomicClass),
        new("economic.section", TidyDimension.EconomicSection),
    ];

    /// <summary>Gets the dimensions a request may cut by, in the order an answer lists its cuts.</summary>
    public static IReadOnlyList<string> Cuts { get; } =
    [
        "phase", "table", "column", "row", "year", "region", "disclosure", "department", "unit",
        "functional.class", "functional.section", "functional.item", "economic.class", "economic.section",
    ];

    /// <summary>Gets the drill-down names as one readable list.</summary>
    internal static string DrilldownList => string.Join(", ", Drilldowns.Select(d => d.Key));

    /// <summary>Gets the cut names as one readable list.</summary>
    internal static string CutList => string.Join(", ", Cuts);

    /// <summary>Finds the tidy dimension of a drill-down name.</summary>
    /// <param name="name">The name, e.g. "functional.class".</param>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> when the name is one.</returns>
    internal static bool TryDrilldown(string name, out TidyDimension dimension)
    {
        foreach (KeyValuePair<string, TidyDimension> drilldown in Drilldowns)
        {
            if (string.Equals(drilldown.Key, name, StringComparison.Ordinal))
            {
                dimension = drilldown.Value;
                return true;
            }
        }

        dimension = default;
        return false;
    }
}
