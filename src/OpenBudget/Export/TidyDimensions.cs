using System.Globalization;
using OpenBudget.Classification;

namespace OpenBudget.Export;

/// <summary>Reads a tidy row's value for each <see cref="TidyDimension"/>.</summary>
public static class TidyDimensions
{
    /// <summary>Gets the row's value for a dimension: "2026", "650100", "20604" …; <see langword="null"/> where the row has none.</summary>
    /// <param name="row">The row.</param>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static string? ValueOf(TidyAmountRow row, TidyDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(row);
        return dimension switch
        {
            TidyDimension.Year => row.FiscalYear.ToString(CultureInfo.InvariantCulture),
            TidyDimension.Region => row.RegionCode,
            TidyDimension.Disclosure => row.DisclosureId,
            TidyDimension.BudgetUnit => row.BudgetUnit,
            TidyDimension.TableKind => ExportTokens.Of(row.TableKind),
            TidyDimension.ColumnKey => row.ColumnKey,
            TidyDimension.RowKind => ExportTokens.Of(row.RowKind),
            TidyDimension.FunctionalClass or TidyDimension.FunctionalSection or TidyDimension.FunctionalItem
                => CodeNumber(row, dimension) is int n ? n.ToString(CultureInfo.InvariantCulture) : null,
            TidyDimension.EconomicClass or TidyDimension.EconomicSection
                => CodeNumber(row, dimension) is int e ? e.ToString(CultureInfo.InvariantCulture) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a tidy dimension."),
        };
    }

    /// <summary>Gets a classification dimension's value as the code's digits in one number (20604), without allocating.</summary>
    /// <param name="row">The row.</param>
    /// <param name="dimension">A functional or economic dimension.</param>
    /// <returns>The number, or <see langword="null"/> when the row's code is missing or not that deep.</returns>
    internal static int? CodeNumber(TidyAmountRow row, TidyDimension dimension) => dimension switch
    {
        TidyDimension.FunctionalClass => row.Functional is FunctionalCode f ? f.AtDepth(0).Value : null,
        TidyDimension.FunctionalSection => row.Functional is FunctionalCode f && f.Depth >= 1 ? f.AtDepth(1).Value : null,
        TidyDimension.FunctionalItem => row.Functional is FunctionalCode f && f.Depth >= 2 ? f.Value : null,
        TidyDimension.EconomicClass => row.Economic is EconomicCode e ? e.AtDepth(0).Value : null,
        TidyDimension.EconomicSection => row.Economic is EconomicCode e && e.Depth >= 1 ? e.Value : null,
        _ => null,
    };

    /// <summary>Tells whether a dimension is a classification code read by <see cref="CodeNumber"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> for the functional and economic dimensions.</returns>
    internal static bool IsCode(TidyDimension dimension) => dimension is >= TidyDimension.FunctionalClass and <= TidyDimension.EconomicSection;
}
