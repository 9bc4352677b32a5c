using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Money;

namespace OpenBudget.Tests.Export;

public class TidyAggregatorTests
{
    private static readonly TidyQuery ClassTotals = new()
    {
        GroupBy = [TidyDimension.FunctionalClass],
        TableKind = TableKind.Expenditure,
        ColumnKey = ColumnKeys.Total,
        RowKind = RowKind.Class,
    };

    private static IEnumerable<TidyAmountRow> TwoYears() => TidyExport.Rows([ExportSamples.Science(2025), ExportSamples.Science(2026), ExportSamples.Science(2026, "650200", "克拉玛依市科学技术局")]);

    private static (string?, decimal, long, long)[] Flat(IReadOnlyList<TidyAggregate> aggregates)
        => [.. aggregates.Select(a => (string.Join("|", a.Key), a.TotalWan, a.Cells, a.BlankCells))];

    [Fact]
    public void Class_rows_of_table_3_total_by_functional_class()
    {
        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TidyExport.Rows(ExportSamples.Science()), ClassTotals);

        Assert.Equal([("206", 6675.00m, 1L, 0L), ("215", 4.80m, 1L, 0L)], Flat(result));
    }

    [Fact]
    public void Blank_cells_are_counted_but_add_nothing()
    {
        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TidyExport.Rows(ExportSamples.Science()), ClassTotals with { ColumnKey = ColumnKeys.Basic, GroupBy = [] });

        Assert.Equal([("", 1666.14m, 2L, 1L)], Flat(result));
    }

    [Fact]
    public void Amounts_in_yuan_are_summed_in_wan()
    {
        var query = new TidyQuery { GroupBy = [TidyDimension.EconomicSection], TableKind = TableKind.GeneralPublicBudgetBasicExpenditure, ColumnKey = ColumnKeys.Total, RowKind = RowKind.Section };

        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TidyExport.Rows(ExportSamples.Science()), query);

        Assert.Equal([("30231", 10.800055m, 1L, 0L)], Flat(result));
    }

    [Fact]
    public void A_year_cut_keeps_only_that_year()
    {
        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TwoYears(), ClassTotals with { Year = 2026, GroupBy = [TidyDimension.Year] });

        Assert.Equal([("2026", 2 * 6679.80m, 4L, 0L)], Flat(result));
    }

    [Fact]
    public void A_region_cut_keeps_only_that_region()
    {
        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TwoYears(), ClassTotals with { RegionCode = "650200", GroupBy = [TidyDimension.Region, TidyDimension.Year] });

        Assert.Equal([("650200|2026", 6679.80m, 2L, 0L)], Flat(result));
    }

    [Fact]
    public void The_columnar_table_gives_the_streamed_answer()
    {
        var query = new TidyQuery { GroupBy = [TidyDimension.Year, TidyDimension.TableKind, TidyDimension.FunctionalSection, TidyDimension.EconomicClass] };

        Assert.Equal(Flat(TidyAggregator.Aggregate(TwoYears(), query)), Flat(TidyAggregator.Aggregate(TidyAmountTable.From(TwoYears()), query)));
    }

    [Fact]
    public void Splitting_a_large_table_among_cores_gives_the_streamed_answer()
    {
        List<TidyAmountRow> many = [.. Enumerable.Repeat(0, 2_000).SelectMany(_ => TwoYears())];
        var query = new TidyQuery { GroupBy = [TidyDimension.FunctionalSection, TidyDimension.ColumnKey] };

        Assert.Equal(Flat(TidyAggregator.Aggregate(many, query)), Flat(TidyAggregator.Aggregate(TidyAmountTable.From(many), query)));
    }

    [Fact]
    public void A_cut_on_a_value_no_row_has_gives_no_groups()
    {
        Assert.Empty(TidyAggregator.Aggregate(TidyAmountTable.From(TwoYears()), ClassTotals with { RegionCode = "110000" }));
    }

    [Fact]
    public void Amounts_with_more_than_six_decimals_in_wan_are_summed_exactly()
    {
        TidyAmountRow Row(decimal yuan) => new() { DisclosureId = "x", Department = "d", FiscalYear = 2026, ColumnKey = "total", ColumnLabel = "合计", Unit = PresentationUnit.Yuan, Amount = yuan };

        IReadOnlyList<TidyAggregate> result = TidyAggregator.Aggregate(TidyAmountTable.From([Row(0.005m), Row(1.25m), Row(0.001m)]), new TidyQuery());

        Assert.Equal(0.0001256m, result.Single().TotalWan);
    }

    private static Gen<TidyAmountRow> Rows() =>
        from year in Gen.Choose(2024, 2026)
        from region in Gen.Elements("650100", "650200", "110000")
        from kind in Gen.Elements(TableKind.Expenditure, TableKind.Income, TableKind.GeneralPublicBudgetProjectExpenditure)
        from code in Gen.Elements("206", "20601", "2060101", "20604", "2060404", "215", "21502", "2150207")
        from economic in Gen.Elements<string?>(null, "302", "30231", "312")
        from column in Gen.Elements("total", "basic", "project")
        from unit in Gen.Elements(PresentationUnit.Yuan, PresentationUnit.TenThousandYuan)
        from cents in Gen.Choose(-1, 99_999_999)
        select new TidyAmountRow
        {
            DisclosureId = region + "-" + year,
            RegionCode = region,
            Department = "d",
            FiscalYear = year,
            TableKind = kind,
            RowKind = (RowKind)(FunctionalCode.Parse(code).Depth + 1),
            Functional = FunctionalCode.Parse(code),
            Economic = economic is null ? null : EconomicCode.Parse(economic),
            ColumnKey = column,
            ColumnLabel = column,
            Unit = unit,
            Amount = cents < 0 ? Amount.Blank : cents / 100m,
        };

    [Property(MaxTest = 50)]
    public Property Streamed_and_columnar_sums_equal_the_plain_sum_per_group()
    {
        Gen<(TidyAmountRow[] Rows, TidyDimension Dimension)> cases =
            from rows in Rows().ArrayOf()
            from dimension in Gen.Elements(TidyDimension.FunctionalClass, TidyDimension.FunctionalSection, TidyDimension.EconomicClass, TidyDimension.Year, TidyDimension.Region)
            select (rows, dimension);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var query = new TidyQuery { GroupBy = [c.Dimension], ColumnKey = "total" };
            var plain = c.Rows.Where(r => r.ColumnKey == "total")
                .GroupBy(r => TidyDimensions.ValueOf(r, c.Dimension))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ((string?)(g.Key ?? ""), g.Sum(r => r.AmountWan ?? 0m), (long)g.Count(), (long)g.Count(r => r.IsBlank)))
                .ToArray();
            return Flat(TidyAggregator.Aggregate(c.Rows, query)).SequenceEqual(plain)
                && Flat(TidyAggregator.Aggregate(TidyAmountTable.From(c.Rows), query)).SequenceEqual(plain);
        });
    }
}
