using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Benchmarks;

/// <summary>Generates plausible disclosures for export and aggregation benchmarks: tables 3, 5, 6 and 7 with class/section/item rows, blank cells, some tables in 元.</summary>
/// <remarks>Deterministic for a seed. About 594 tidy rows per disclosure.</remarks>
internal static class SyntheticCorpus
{
    private static readonly int[] Classes = [201, 203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 220, 221, 224, 229];

    public static IEnumerable<BudgetDisclosure> Disclosures(int count, int seed = 20260227)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            yield return One(random, i);
        }
    }

    private static BudgetDisclosure One(Random random, int index)
    {
        int year = 2023 + (index % 4);
        string region = (650100 + ((index / 4 % 120) * 100)).ToString(CultureInfo.InvariantCulture);
        PresentationUnit unit = index % 10 == 0 ? PresentationUnit.Yuan : PresentationUnit.TenThousandYuan;
        return new BudgetDisclosure
        {
            Department = $"合成部门{index / 4:D5}",
            Region = new Region(region, $"地区{region}"),
            FiscalYear = year,
            Title = "synthetic",
            Tables =
            [
                Functional(random, TableKind.Expenditure, "3", "部门支出总体情况表", unit),
                Functional(random, TableKind.GeneralPublicBudgetExpenditure, "5", "一般公共预算支出情况表", unit),
                Economic(random, unit),
                Projects(random, unit),
            ],
        };
    }

    private static DisclosureTable Functional(Random random, TableKind kind, string number, string title, PresentationUnit unit)
    {
        var rows = new List<TableRow>();
        foreach (int @class in Pick(random, Classes, 3))
        {
            rows.Add(Row(random, RowKind.Class, FunctionalCode.FromValue(@class, 0), 3));
            for (int section = 1; section <= 4; section++)
            {
                rows.Add(Row(random, RowKind.Section, FunctionalCode.FromValue((@class * 100) + section, 1), 3));
                for (int item = 1; item <= 3; item++)
                {
                    rows.Add(Row(random, RowKind.Item, FunctionalCode.FromValue((@class * 10_000) + (section * 100) + item, 2), 3));
                }
            }
        }

        rows.Add(new TableRow { Kind = RowKind.Total, Name = "总计", Cells = Cells(random, [ColumnKeys.Total, ColumnKeys.Basic, ColumnKeys.Project]) });
        return new DisclosureTable
        {
            Kind = kind,
            Number = number,
            Title = title,
            Unit = unit,
            Columns = [new TableColumn(ColumnKeys.Total, "合计"), new TableColumn(ColumnKeys.Basic, "基本支出"), new TableColumn(ColumnKeys.Project, "项目支出")],
            Rows = [.. rows],
        };
    }

    private static TableRow Row(Random random, RowKind kind, FunctionalCode code, int columns) => new()
    {
        Kind = kind,
        Functional = code,
        Name = "科目" + code.ToString(),
        Cells = Cells(random, new[] { ColumnKeys.Total, ColumnKeys.Basic, ColumnKeys.Project }[..columns]),
    };

    private static DisclosureTable Economic(Random random, PresentationUnit unit)
    {
        var rows = new List<TableRow>();
        foreach (int @class in new[] { 301, 302, 303 })
        {
            rows.Add(new TableRow { Kind = RowKind.Class, Economic = EconomicCode.FromValue(@class, 0), Name = "经济" + @class, Cells = Cells(random, [ColumnKeys.Total, ColumnKeys.Personnel, ColumnKeys.Public]) });
            for (int section = 1; section <= 12; section++)
            {
                rows.Add(new TableRow { Kind = RowKind.Section, Economic = EconomicCode.FromValue((@class * 100) + section, 1), Name = "经济款", Cells = Cells(random, [ColumnKeys.Total, ColumnKeys.Personnel, ColumnKeys.Public]) });
            }
        }

        return new DisclosureTable
        {
            Kind = TableKind.GeneralPublicBudgetBasicExpenditure,
            Number = "6",
            Title = "一般公共预算基本支出情况表",
            Unit = unit,
            Columns = [new TableColumn(ColumnKeys.Total, "合计"), new TableColumn(ColumnKeys.Personnel, "人员经费"), new TableColumn(ColumnKeys.Public, "公用经费")],
            Rows = [.. rows],
        };
    }

    private static DisclosureTable Projects(Random random, PresentationUnit unit)
    {
        int[] economicClasses = [301, 302, 303, 307, 309, 310, 311, 312, 313, 399];
        TableColumn[] columns = [new(ColumnKeys.Total, "项目支出合计"), .. economicClasses.Select(c => new TableColumn("economic." + c, "经济类" + c) { Economic = EconomicCode.FromValue(c, 0) })];
        string[] keys = [.. columns.Select(c => c.Key)];
        var rows = new List<TableRow>();
        for (int p = 0; p < 15; p++)
        {
            string unitName = "单位" + (p / 5);
            rows.Add(new TableRow
            {
                Kind = RowKind.Project,
                Functional = FunctionalCode.FromValue((Classes[random.Next(Classes.Length)] * 10_000) + 101, 2),
                Name = "科目",
                BudgetUnit = unitName,
                Project = "项目" + p,
                Cells = Cells(random, keys),
            });
        }

        return new DisclosureTable
        {
            Kind = TableKind.GeneralPublicBudgetProjectExpenditure,
            Number = "7",
            Title = "一般公共预算项目支出情况表",
            Unit = unit,
            Columns = [.. columns],
            Rows = [.. rows],
        };
    }

    private static Collections.EquatableArray<TableCell> Cells(Random random, string[] keys)
    {
        var cells = new TableCell[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            cells[i] = new TableCell(keys[i], random.Next(5) == 0 ? Amount.Blank : Amount.Of(random.Next(0, 100_000_000) / 100m));
        }

        return cells;
    }

    private static IEnumerable<int> Pick(Random random, int[] values, int count) => values.OrderBy(_ => random.Next()).Take(count).Order();
}
