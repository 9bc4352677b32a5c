using OpenBudget.Api.Contracts;
using OpenBudget.Api.Endpoints;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Money;

namespace OpenBudget.Api.Comparison;

/// <summary>Compares one department's disclosures of two years: table totals and functional classes and sections, in 万元.</summary>
public static class YearComparison
{
    /// <summary>The table kinds printed by functional code, from which classes and sections can be compared.</summary>
    public static readonly IReadOnlyList<TableKind> FunctionalTables =
        [TableKind.Income, TableKind.Expenditure, TableKind.GeneralPublicBudgetExpenditure, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalExpenditure];

    /// <summary>Compares the total of each table kind either disclosure prints, in the order of <see cref="TableKind"/>.</summary>
    /// <param name="from">The earlier year's disclosure, or <see langword="null"/>.</param>
    /// <param name="to">The later year's disclosure, or <see langword="null"/>.</param>
    /// <returns>One entry per table kind.</returns>
    public static IReadOnlyList<TableTotalChange> Tables(BudgetDisclosure? from, BudgetDisclosure? to)
    {
        var kinds = new SortedSet<TableKind>((from?.Tables ?? []).Concat(to?.Tables ?? []).Select(t => t.Kind).Where(k => k != TableKind.Other));
        var changes = new List<TableTotalChange>(kinds.Count);
        foreach (TableKind kind in kinds)
        {
            (decimal? before, string? beforeColumn) = Total(from?.Table(kind));
            (decimal? after, string? afterColumn) = Total(to?.Table(kind));
            changes.Add(new TableTotalChange(TableFormat.KindName(kind), afterColumn ?? beforeColumn ?? ColumnKeys.Total, YearChange.Of(before, after)));
        }

        return changes;
    }

    /// <summary>Compares the functional classes and sections of one table kind, in its "total" column, ordered by code.</summary>
    /// <param name="from">The earlier year's disclosure, or <see langword="null"/>.</param>
    /// <param name="to">The later year's disclosure, or <see langword="null"/>.</param>
    /// <param name="kind">The table kind, one of <see cref="FunctionalTables"/>.</param>
    /// <returns>One entry per class and section either year prints.</returns>
    public static IReadOnlyList<FunctionalChange> Functional(BudgetDisclosure? from, BudgetDisclosure? to, TableKind kind)
    {
        Dictionary<string, (string Level, string Name, decimal? Amount)> before = Lines(from?.Table(kind));
        Dictionary<string, (string Level, string Name, decimal? Amount)> after = Lines(to?.Table(kind));
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).Select(code =>
        {
            bool inAfter = after.TryGetValue(code, out var later);
            bool inBefore = before.TryGetValue(code, out var earlier);
            var line = inAfter ? later : earlier;
            return new FunctionalChange(line.Level, code, line.Name, YearChange.Of(inBefore ? earlier.Amount : null, inAfter ? later.Amount : null));
        })];
    }

    private static (decimal? Amount, string? Column) Total(DisclosureTable? table)
    {
        if (table is null)
        {
            return (null, null);
        }

        List<TableRow> totals = [.. table.Rows.Where(r => r.Kind == RowKind.Total)];
        if (totals.Any(r => r.Side == TableSide.Expenditure))
        {
            totals = [.. totals.Where(r => r.Side == TableSide.Expenditure)];
        }

        if (totals.Count == 0)
        {
            return (null, null);
        }

        TableRow total = totals[^1];
        string column = total.HasCell(ColumnKeys.Total) ? ColumnKeys.Total : total.HasCell(ColumnKeys.Expenditure) ? ColumnKeys.Expenditure : total.Cells[0].Column;
        return (Wan(total[column], table.Unit), column);
    }

    private static Dictionary<string, (string Level, string Name, decimal? Amount)> Lines(DisclosureTable? table)
    {
        var lines = new Dictionary<string, (string Level, string Name, decimal? Amount)>(StringComparer.Ordinal);
        foreach (TableRow row in table?.Rows ?? [])
        {
            if (row is { Kind: RowKind.Class or RowKind.Section, Functional: { } code, BudgetUnit: null })
            {
                lines.TryAdd(code.ToString(), (ExportTokens.Of(row.Kind), row.Name, Wan(row[ColumnKeys.Total], table!.Unit)));
            }
        }

        return lines;
    }

    private static decimal? Wan(Amount amount, PresentationUnit unit) => amount.HasValue ? TidyExport.ToWan(amount.Value, unit) : null;
}
