using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Parquet.Tests;

/// <summary>Small hand-made disclosures whose every amount is known.</summary>
internal static class ExportSamples
{
    public const string Department = "乌鲁木齐市科学技术局";

    /// <summary>Table 3 (万元) with a blank cell, table 6 in 元, table 7 with economic-class columns and a unit block.</summary>
    public static BudgetDisclosure Science(int year = 2026, string? regionCode = "650100", string department = Department) => new()
    {
        Department = department,
        Region = regionCode is null ? null : new Region(regionCode, "乌鲁木齐市"),
        FiscalYear = year,
        Phase = DisclosurePhase.Budget,
        Title = $"{year}年{department}部门预算公开",
        Tables =
        [
            new DisclosureTable
            {
                Kind = TableKind.Expenditure,
                Number = "3",
                Title = "部门支出总体情况表",
                Unit = PresentationUnit.TenThousandYuan,
                Columns = [new TableColumn(ColumnKeys.Total, "合计"), new TableColumn(ColumnKeys.Basic, "基本支出"), new TableColumn(ColumnKeys.Project, "项目支出")],
                Rows =
                [
                    Functional("206", "科学技术支出", 6675.00m, 1666.14m, 5008.86m),
                    Functional("20601", "科学技术管理事务", 802.12m, 767.54m, 34.59m),
                    Functional("2060101", "行政运行", 767.54m, 767.54m, null),
                    Functional("215", "资源勘探工业信息等支出", 4.80m, null, 4.80m),
                    new TableRow
                    {
                        Kind = RowKind.Total,
                        Name = "总计",
                        Cells = [new TableCell(ColumnKeys.Total, 6679.80m), new TableCell(ColumnKeys.Basic, 1666.14m), new TableCell(ColumnKeys.Project, 5013.66m)],
                    },
                ],
            },
            new DisclosureTable
            {
                Kind = TableKind.GeneralPublicBudgetBasicExpenditure,
                Number = "6",
                Title = "一般公共预算基本支出情况表",
                Unit = PresentationUnit.Yuan,
                Columns = [new TableColumn(ColumnKeys.Total, "合计"), new TableColumn(ColumnKeys.Personnel, "人员经费"), new TableColumn(ColumnKeys.Public, "公用经费")],
                Rows =
                [
                    Economic("302", "商品和服务支出", 1506500.00m, null, 1506500.00m),
                    Economic("30231", "公务用车运行维护费", 108000.55m, null, 108000.55m),
                ],
            },
            new DisclosureTable
            {
                Kind = TableKind.GeneralPublicBudgetProjectExpenditure,
                Number = "7",
                Title = "一般公共预算项目支出情况表",
                Columns =
                [
                    new TableColumn(ColumnKeys.Total, "项目支出合计"),
                    new TableColumn(ColumnKeys.Economic(EconomicCode.Parse("302")), "商品和服务支出") { Economic = EconomicCode.Parse("302") },
                    new TableColumn(ColumnKeys.Economic(EconomicCode.Parse("312")), "对企业补助") { Economic = EconomicCode.Parse("312") },
                ],
                Rows =
                [
                    new TableRow
                    {
                        Kind = RowKind.Unit,
                        Name = "乌鲁木齐科技信息服务中心",
                        BudgetUnit = "乌鲁木齐科技信息服务中心",
                        Cells = [new TableCell(ColumnKeys.Total, 284.21m), new TableCell("economic.302", 46.21m), new TableCell("economic.312", 238.00m)],
                    },
                    new TableRow
                    {
                        Kind = RowKind.Project,
                        Functional = FunctionalCode.Parse("2060599"),
                        Name = "其他科技条件与服务支出",
                        BudgetUnit = "乌鲁木齐科技信息服务中心",
                        Project = "红山科技创新券奖补资金",
                        Cells = [new TableCell(ColumnKeys.Total, 250.00m), new TableCell("economic.302", 12.00m), new TableCell("economic.312", 238.00m)],
                    },
                ],
            },
        ],
    };

    public static int CellCount(BudgetDisclosure disclosure) => disclosure.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count));

    private static TableRow Functional(string code, string name, decimal total, decimal? basic, decimal? project)
    {
        FunctionalCode functional = FunctionalCode.Parse(code);
        return new TableRow
        {
            Kind = (RowKind)(functional.Depth + 1),
            Functional = functional,
            Name = name,
            Cells = [new TableCell(ColumnKeys.Total, total), new TableCell(ColumnKeys.Basic, Amount.FromNullable(basic)), new TableCell(ColumnKeys.Project, Amount.FromNullable(project))],
        };
    }

    private static TableRow Economic(string code, string name, decimal total, decimal? personnel, decimal? @public)
    {
        EconomicCode economic = EconomicCode.Parse(code);
        return new TableRow
        {
            Kind = (RowKind)(economic.Depth + 1),
            Economic = economic,
            Name = name,
            Cells = [new TableCell(ColumnKeys.Total, total), new TableCell(ColumnKeys.Personnel, Amount.FromNullable(personnel)), new TableCell(ColumnKeys.Public, Amount.FromNullable(@public))],
        };
    }
}
