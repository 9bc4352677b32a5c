using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Money;

namespace OpenBudget.Tests.Json;

public class JsonSmokeTests
{
    private static BudgetDisclosure Small() => new()
    {
        Department = "乌鲁木齐市科学技术局",
        FiscalYear = 2026,
        Title = "2026年乌鲁木齐市科学技术局部门预算公开",
        Tables =
        [
            new DisclosureTable
            {
                Kind = TableKind.Expenditure,
                Number = "3",
                Title = "部门支出总体情况表",
                Columns = [new TableColumn(ColumnKeys.Total, "合计"), new TableColumn(ColumnKeys.Basic, "基本支出")],
                Rows =
                [
                    new TableRow
                    {
                        Kind = RowKind.Class,
                        Functional = FunctionalCode.Parse("206"),
                        Name = "科学技术支出",
                        Cells = [new TableCell(ColumnKeys.Total, 6675.00m), new TableCell(ColumnKeys.Basic, Amount.Blank)],
                    },
                ],
            },
        ],
    };

    [Fact]
    public void Amounts_keep_printed_decimals_and_blank_is_null()
    {
        string json = OpenBudgetJson.Serialize(Small());
        Assert.Contains("\"total\": 6675.00", json, StringComparison.Ordinal);
        Assert.Contains("\"basic\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"functional\": \"206\"", json, StringComparison.Ordinal);
        Assert.Contains("科学技术支出", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"expenditure\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_write_read_gives_an_equal_model()
    {
        BudgetDisclosure original = Small();
        BudgetDisclosure read = OpenBudgetJson.Deserialize(OpenBudgetJson.SerializeToUtf8Bytes(original));
        Assert.Equal(original, read);
    }

    [Fact]
    public void The_sample_is_written_back_byte_for_byte()
    {
        byte[] file = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "sample", "urumqi-science-2026.json"));
        string text = System.Text.Encoding.UTF8.GetString(file).TrimEnd('\n');
        Assert.Equal(text, OpenBudgetJson.Serialize(OpenBudgetJson.Deserialize(file)));
    }
}
