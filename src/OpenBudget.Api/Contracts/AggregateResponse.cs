namespace OpenBudget.Api.Contracts;

/// <summary>Totals and counts of printed amounts across every stored disclosure (current revision of each), grouped by the drill-downs and kept by the cuts.</summary>
/// <param name="Measure">What the amounts are: "amount", the sum of printed amounts.</param>
/// <param name="Unit">The unit of every amount: "tenThousandYuan" (万元); amounts printed in 元 or 亿元 are converted exactly.</param>
/// <param name="Drilldown">The drill-down dimensions, in the order of the request.</param>
/// <param name="Cut">Every cut in force, dimension to value, including the defaults that keep amounts from being counted twice (phase, table, column, row).</param>
/// <param name="StoreVersion">The store version the answer was computed from; it changes when something is published.</param>
/// <param name="Summary">The total over all cells.</param>
/// <param name="CellCount">How many cells there are.</param>
/// <param name="Cells">The cells, ordered by key (ordinal; missing values first).</param>
public sealed record AggregateResponse(
    string Measure,
    string Unit,
    IReadOnlyList<string> Drilldown,
    IReadOnlyDictionary<string, string> Cut,
    long StoreVersion,
    AggregateSummary Summary,
    int CellCount,
    IReadOnlyList<AggregateCell> Cells);
