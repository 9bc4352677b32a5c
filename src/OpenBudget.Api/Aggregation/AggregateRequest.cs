using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Http;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Export;

namespace OpenBudget.Api.Aggregation;

/// <summary>An aggregate request read from its query: the drill-downs, the cuts (with the scope's defaults filled in) and the measure.</summary>
/// <remarks>
/// Syntax, as in OpenSpending's aggregate endpoint: <c>drilldown=functional.class|year</c>, <c>cut=year:2026|region:6501</c>,
/// <c>measure=amount</c>. Each dimension appears at most once in each; a region cut is a code or a prefix of one; code cuts
/// take the code's digits (<c>functional.class:206</c>, <c>functional.section:20604</c>).
/// </remarks>
public sealed class AggregateRequest
{
    /// <summary>The only measure: the sum of the printed amounts in 万元.</summary>
    public const string AmountMeasure = "amount";

    private readonly Func<TidyAmountRow, bool>[] _filters;

    private AggregateRequest(ImmutableArray<string> drilldown, ImmutableArray<TidyDimension> groupBy, IReadOnlyDictionary<string, string> cuts, TidyQuery query, Func<TidyAmountRow, bool>[] filters)
    {
        Drilldown = drilldown;
        Cuts = cuts;
        Query = query with { GroupBy = groupBy };
        _filters = filters;
        var key = new StringBuilder();
        key.AppendJoin('|', drilldown).Append('\n');
        foreach (KeyValuePair<string, string> cut in cuts)
        {
            key.Append(cut.Key).Append(':').Append(cut.Value).Append('|');
        }

        CacheKey = key.ToString();
    }

    /// <summary>Gets the drill-down names, in the order the cells' keys list them.</summary>
    public ImmutableArray<string> Drilldown { get; }

    /// <summary>Gets every cut in force, the scope's defaults included, in <see cref="AggregateDimensions.Cuts"/> order.</summary>
    public IReadOnlyDictionary<string, string> Cuts { get; }

    /// <summary>Gets the query handed to <see cref="TidyAggregator"/>: group-by, year, table, column and row kind.</summary>
    public TidyQuery Query { get; }

    /// <summary>Gets a text that is equal for two requests exactly when they ask the same.</summary>
    public string CacheKey { get; }

    /// <summary>Tells whether a row passes the cuts <see cref="Query"/> does not apply itself (phase, region prefix, disclosure, department, unit, codes).</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when the row is kept.</returns>
    public bool Keeps(TidyAmountRow row)
    {
        foreach (Func<TidyAmountRow, bool> filter in _filters)
        {
            if (!filter(row))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a request from its query parameters.</summary>
    /// <param name="drilldown">The drill-downs, separated by '|', or <see langword="null"/> for one grand total.</param>
    /// <param name="cut">The cuts, each "dimension:value", separated by '|', or <see langword="null"/>.</param>
    /// <param name="measure">The measure, or <see langword="null"/> for "amount".</param>
    /// <param name="request">The request, when the parameters are valid.</param>
    /// <param name="problem">A 400 problem naming the parameter and the part that is wrong, when they are not.</param>
    /// <returns><see langword="true"/> when the parameters are valid.</returns>
    public static bool TryParse(string? drilldown, string? cut, string? measure, [NotNullWhen(true)] out AggregateRequest? request, [NotNullWhen(false)] out ProblemDetails? problem)
    {
        request = null;
        if (measure is not null && !string.Equals(measure, AmountMeasure, StringComparison.Ordinal))
        {
            problem = Problems.InvalidParameter("measure", $"measure='{measure}' is not a measure; the only measure is amount (the sum of the printed amounts in 万元).");
            return false;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        var groupBy = ImmutableArray.CreateBuilder<TidyDimension>();
        string[] drilldownParts = string.IsNullOrEmpty(drilldown) ? [] : drilldown.Split('|');
        for (int i = 0; i < drilldownParts.Length; i++)
        {
            string part = drilldownParts[i].Trim();
            string where = $"drilldown part {i + 1} ('{drilldownParts[i]}')";
            if (part.Length == 0)
            {
                problem = Bad("drilldown", drilldownParts[i], $"{where} is empty; separate dimensions with a single '|'.");
                return false;
            }

            if (!AggregateDimensions.TryDrilldown(part, out TidyDimension dimension))
            {
                problem = Bad("drilldown", drilldownParts[i], $"{where} is not a dimension to drill down by; use {AggregateDimensions.DrilldownList}.");
                return false;
            }

            if (names.Contains(part))
            {
                problem = Bad("drilldown", drilldownParts[i], $"{where} names {part} a second time; drill down by each dimension once.");
                return false;
            }

            names.Add(part);
            groupBy.Add(dimension);
        }

        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] cutParts = string.IsNullOrEmpty(cut) ? [] : cut.Split('|');
        for (int i = 0; i < cutParts.Length; i++)
        {
            string raw = cutParts[i];
            string where = $"cut part {i + 1} ('{raw}')";
            int colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                problem = Bad("cut", raw, raw.Trim().Length == 0
                    ? $"{where} is empty; separate cuts with a single '|'."
                    : $"{where} has no ':'; a cut is dimension:value, e.g. year:2026.");
                return false;
            }

            string name = raw[..colon].Trim();
            string value = raw[(colon + 1)..].Trim();
            if (!AggregateDimensions.Cuts.Contains(name))
            {
                problem = Bad("cut", raw, $"{where}: '{name}' is not a dimension to cut by; use {AggregateDimensions.CutList}.");
                return false;
            }

            if (given.ContainsKey(name))
            {
                problem = Bad("cut", raw, $"{where} cuts {name} a second time; each dimension takes one value.");
                return false;
            }

            if (value.Length == 0)
            {
                problem = Bad("cut", raw, $"{where} gives {name} no value.");
                return false;
            }

            given.Add(name, value);
        }

        return TryBuild(names.ToImmutable(), groupBy.ToImmutable(), given, out request, out problem);
    }

    private static bool TryBuild(ImmutableArray<string> names, ImmutableArray<TidyDimension> groupBy, Dictionary<string, string> given, [NotNullWhen(true)] out AggregateRequest? request, [NotNullWhen(false)] out ProblemDetails? problem)
    {
        request = null;
        var filters = new List<Func<TidyAmountRow, bool>>();
        var query = new TidyQuery();

        DisclosurePhase phase = AggregateScope.DefaultPhase;
        if (given.TryGetValue("phase", out string? phaseText) && !DisclosureId.TryParsePhase(phaseText, out phase))
        {
            problem = BadCut("phase", phaseText, "is not a phase; use budget or final-accounts.");
            return false;
        }

        filters.Add(row => row.Phase == phase);

        TableKind table = AggregateScope.DefaultTable;
        if (given.TryGetValue("table", out string? tableText) && !TableFormat.TryParseKind(tableText, out table))
        {
            problem = BadCut("table", tableText, $"is not a table kind; kinds are {string.Join(", ", TableFormat.KindNames)}.");
            return false;
        }

        string column = given.GetValueOrDefault("column") ?? AggregateScope.DefaultColumn;
        RowKind rowKind = AggregateScope.DefaultRow(table);
        if (given.TryGetValue("row", out string? rowText) && !TryParseRowKind(rowText, out rowKind))
        {
            problem = BadCut("row", rowText, $"is not a row kind; kinds are {string.Join(", ", Enum.GetValues<RowKind>().Select(ExportTokens.Of))}.");
            return false;
        }

        query = query with { TableKind = table, ColumnKey = column, RowKind = rowKind };

        if (given.TryGetValue("year", out string? yearText))
        {
            if (yearText.Length != 4 || !yearText.All(char.IsAsciiDigit) || yearText[0] == '0')
            {
                problem = BadCut("year", yearText, "is not a four-digit fiscal year.");
                return false;
            }

            query = query with { Year = int.Parse(yearText, CultureInfo.InvariantCulture) };
        }

        if (given.TryGetValue("region", out string? region))
        {
            if (region.Length > 6 || !region.All(char.IsAsciiDigit))
            {
                problem = BadCut("region", region, "is not an administrative division code or a prefix of one (1 to 6 digits, e.g. 650100 or 6501).");
                return false;
            }

            filters.Add(row => row.RegionCode is { } code && code.StartsWith(region, StringComparison.Ordinal));
        }

        if (given.TryGetValue("disclosure", out string? disclosure))
        {
            if (!DisclosureId.TryParse(disclosure, out _))
            {
                problem = BadCut("disclosure", disclosure, "is not a disclosure id; ids look like 650100-2026-budget-1a2b3c4d5e6f.");
                return false;
            }

            filters.Add(row => string.Equals(row.DisclosureId, disclosure, StringComparison.Ordinal));
        }

        if (given.TryGetValue("department", out string? department))
        {
            string wanted = PrintedText.Normalize(department) ?? "";
            filters.Add(row => string.Equals(PrintedText.Normalize(row.Department), wanted, StringComparison.Ordinal));
        }

        if (given.TryGetValue("unit", out string? unit))
        {
            string wanted = PrintedText.Normalize(unit) ?? "";
            filters.Add(row => row.BudgetUnit is { } u && string.Equals(PrintedText.Normalize(u), wanted, StringComparison.Ordinal));
        }

        foreach ((string name, TidyDimension dimension, int digits) in CodeCuts)
        {
            if (!given.TryGetValue(name, out string? code))
            {
                continue;
            }

            if (code.Length != digits || !code.All(char.IsAsciiDigit))
            {
                problem = BadCut(name, code, $"is not a {name} code; it takes {digits} digits, e.g. {CodeExample(name)}.");
                return false;
            }

            filters.Add(row => string.Equals(TidyDimensions.ValueOf(row, dimension), code, StringComparison.Ordinal));
        }

        var effective = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["phase"] = DisclosureId.PhaseSegment(phase),
            ["table"] = TableFormat.KindName(table),
            ["column"] = column,
            ["row"] = ExportTokens.Of(rowKind),
        };
        foreach (KeyValuePair<string, string> cut in given)
        {
            effective.TryAdd(cut.Key, cut.Value);
        }

        var ordered = AggregateDimensions.Cuts.Where(effective.ContainsKey).ToDictionary(n => n, n => effective[n], StringComparer.Ordinal);
        request = new AggregateRequest(names, groupBy, ordered, query, [.. filters]);
        problem = null;
        return true;
    }

    private static readonly (string Name, TidyDimension Dimension, int Digits)[] CodeCuts =
    [
        ("functional.class", TidyDimension.FunctionalClass, 3),
        ("functional.section", TidyDimension.FunctionalSection, 5),
        ("functional.item", TidyDimension.FunctionalItem, 7),
        ("economic.class", TidyDimension.EconomicClass, 3),
        ("economic.section", TidyDimension.EconomicSection, 5),
    ];

    private static string CodeExample(string name) => name switch
    {
        "functional.class" => "206",
        "functional.section" => "20604",
        "functional.item" => "2060404",
        "economic.class" => "302",
        _ => "30227",
    };

    private static bool TryParseRowKind(string text, out RowKind kind)
    {
        foreach (RowKind candidate in Enum.GetValues<RowKind>())
        {
            if (string.Equals(ExportTokens.Of(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static ProblemDetails BadCut(string name, string value, string why)
        => Bad("cut", $"{name}:{value}", $"cut '{name}:{value}': '{value}' {why}");

    private static ProblemDetails Bad(string parameter, string part, string detail)
    {
        ProblemDetails problem = Problems.InvalidParameter(parameter, detail);
        problem.Extensions["part"] = part;
        return problem;
    }
}
