using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OpenBudget.Import;

namespace OpenBudget.Tests.Import;

/// <summary>Generates expenditure tables (部门支出总体情况表) with random amounts and blank cells, and prints them as tab-separated text, as a pdftotext-like character grid and as terminal-aligned text.</summary>
internal static class GeneratedTables
{
    /// <summary>Real codes with their names, so that rows read as class, section or item.</summary>
    private static readonly (string Class, string Section, string Item, string Name)[] Codes =
    [
        ("201", "", "", "一般公共服务支出"), ("201", "13", "", "商贸事务"), ("201", "13", "01", "行政运行"), ("201", "13", "02", "一般行政管理事务"),
        ("206", "", "", "科学技术支出"), ("206", "01", "01", "行政运行"), ("206", "04", "04", "科技成果转化与扩散"), ("206", "05", "99", "其他科技条件与服务支出"),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出"), ("210", "11", "01", "行政单位医疗"), ("221", "02", "01", "住房公积金"), ("212", "01", "99", "其他城乡社区管理事务支出"),
    ];

    internal static Gen<GeneratedTable> Tables { get; } =
        from count in Gen.Choose(1, Codes.Length)
        from picks in Gen.Shuffle(Enumerable.Range(0, Codes.Length).ToArray())
        from amounts in Amount().ArrayOf(count * 3)
        select new GeneratedTable([.. picks.Take(count).Order().Select((p, i) => new GeneratedRow(Codes[p].Class, Codes[p].Section, Codes[p].Item, Codes[p].Name, [amounts[i * 3], amounts[(i * 3) + 1], amounts[(i * 3) + 2]]))]);

    /// <summary>An amount with two decimals up to 99,999,999.99, or blank one time in four.</summary>
    private static Gen<decimal?> Amount() =>
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (3, from whole in Gen.Choose(0, 99_999_999) from cents in Gen.Choose(0, 99) select (decimal?)(whole + (cents / 100m))));

    internal static string Format(decimal? amount) => amount is decimal d ? d.ToString("#,##0.00", CultureInfo.InvariantCulture) : "";

    internal static string TabSeparated(GeneratedTable table)
    {
        var text = new StringBuilder();
        text.AppendLine("2026 年某局").AppendLine("部门预算公开").AppendLine().AppendLine("表 3").AppendLine("部门支出总体情况表");
        text.AppendLine("编制部门：某局").AppendLine("单位：万元");
        text.AppendLine("科目\t\t\t支出预算\t\t").AppendLine("科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出").AppendLine("类\t款\t项\t\t\t\t");
        foreach (GeneratedRow row in table.Rows)
        {
            text.AppendLine(string.Join('\t', row.Class, row.Section, row.Item, row.Name, Format(row.Amounts[0]), Format(row.Amounts[1]), Format(row.Amounts[2])));
        }

        text.AppendLine("\t\t\t总计\t1.00\t\t");
        return text.ToString();
    }

    /// <summary>Prints the table laid out with spaces; <paramref name="displayWidth"/> aligns for a terminal, otherwise one column per character as pdftotext does.</summary>
    internal static string Layout(GeneratedTable table, bool displayWidth)
    {
        string Left(string s, int width) => displayWidth ? DisplayWidth.PadRight(s, width) : s.PadRight(width);
        string Right(string s, int width) => displayWidth ? DisplayWidth.PadLeft(s, width) : s.PadLeft(width);
        var text = new StringBuilder();
        text.AppendLine("某局2026年部门预算").AppendLine("   预算主管部门：某局").AppendLine();
        text.AppendLine("                        2026年部门支出预算总表");
        text.AppendLine(Left("编制部门：某局", 60) + "单位：万元").AppendLine();
        text.AppendLine(Left("", 17) + Left("项目", 36) + "支出预算");
        text.AppendLine("功能分类科目编码");
        text.AppendLine(Left("", 17) + Left("功能分类科目名称", 36) + Right("合计", 16) + Right("基本支出", 18) + Right("项目支出", 18));
        text.AppendLine("类     款    项");
        foreach (GeneratedRow row in table.Rows)
        {
            text.AppendLine(Left(row.Class, 6) + Left(row.Section, 5) + Left(row.Item, 6) + Left(row.Name, 36) + Right(Format(row.Amounts[0]), 16) + Right(Format(row.Amounts[1]), 18) + Right(Format(row.Amounts[2]), 18));
        }

        text.AppendLine(Left("", 17) + Left("合计", 36) + Right("1.00", 16));
        return text.ToString();
    }
}

internal sealed record GeneratedTable(GeneratedRow[] Rows)
{
    public override string ToString() => string.Join(" | ", Rows.Select(r => $"{r.Class}{r.Section}{r.Item} {string.Join(",", r.Amounts.Select(GeneratedTables.Format))}"));
}

internal sealed record GeneratedRow(string Class, string Section, string Item, string Name, decimal?[] Amounts);
