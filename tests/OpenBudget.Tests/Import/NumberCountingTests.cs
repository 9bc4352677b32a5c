using OpenBudget.Import.Reading;

namespace OpenBudget.Tests.Import;

/// <summary>What counts as a number for the coverage figure: amounts, percentages and quantities; not codes, dates, document numbers, list numbering, table numbers, page numbers or identifiers.</summary>
public class NumberCountingTests
{
    [Theory]
    [InlineData("一般公共预算 5,534.05 万元，占 82.85%", new[] { "5,534.05", "82.85%" })]
    [InlineData("车辆 6 辆，价值 155.86 万元", new[] { "6", "155.86" })]
    [InlineData(">=30 家", new[] { "30" })]
    [InlineData("拟支持1-2个项目", new[] { "1", "2" })]
    [InlineData("增长 0%", new[] { "0%" })]
    public void Amounts_percentages_and_quantities_count(string text, string[] numbers)
    {
        Assert.Equal(numbers, NumberLedger.NumbersIn(text));
    }

    [Theory]
    [InlineData("资金执行时间：2026年1月1日—2026年12月25日")]
    [InlineData("2025.1.1-2025.12.31")]
    [InlineData("《行动方案（2023-2025 年）》")]
    [InlineData("（乌政办规〔2023〕4号）")]
    [InlineData("沪商规（2024）2号")]
    [InlineData("第十二届 第 3 届")]
    [InlineData("表 1")]
    [InlineData("1. 一般公共预算拨款")]
    [InlineData("（1）深化合作 2、组织企业")]
    [InlineData("特定目标 21100078")]
    [InlineData("特定目标 0510022L")]
    [InlineData("联系电话 2824158 2825049")]
    [InlineData("公共安全支出（204类）司法（06款）")]
    [InlineData("- 12 -")]
    [InlineData("第 3 页")]
    public void Codes_dates_document_numbers_numbering_and_identifiers_do_not_count(string text)
    {
        Assert.Empty(NumberLedger.NumbersIn(text));
    }

    [Theory]
    [InlineData("5,590.76", "5590.76")]
    [InlineData("８２.８５%", "82.85")]
    [InlineData("1，089.04", "1089.04")]
    public void Printed_forms_of_one_number_are_the_same_number(string printed, string plain)
    {
        Assert.True(NumberLedger.SameNumber(printed, plain));
    }

    [Fact]
    public void Numbers_that_differ_in_a_digit_are_different()
    {
        Assert.False(NumberLedger.SameNumber("5,590.76", "5590.77"));
    }
}
