using System.Text.RegularExpressions;

namespace OpenBudget.Tests.Classification;

/// <summary>The codes and names printed in tables 1 to 7 of the sample disclosure (2026 乌鲁木齐市科学技术局), read from its text.</summary>
internal static partial class SeedDisclosureCodes
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(
        Path.Combine(AppContext.BaseDirectory, "fixtures", "seed", "000_204d2c3849ee2a77.txt")));

    /// <summary>Gets every functional code printed with its name: the classes of tables 1 and 4 ("206 科学技术支出") and the
    /// 类/款/项 rows of tables 2, 3, 5 and 7, each distinct (table, code, name) once.</summary>
    public static IReadOnlyList<(int Table, string Code, string Name)> Functional => [.. Read().Where(r => r.Table != 6).Distinct()];

    /// <summary>Gets every economic code printed with its name in the 类/款 rows of table 6.</summary>
    public static IReadOnlyList<(int Table, string Code, string Name)> Economic => [.. Read().Where(r => r.Table == 6).Distinct()];

    /// <summary>Gets the economic class headings of table 7's columns (工资福利支出 … 其他支出) as printed, line breaks included.</summary>
    public static IReadOnlyList<string> Table7EconomicHeadings
    {
        get
        {
            string header = TableLines(7).First(line => line.StartsWith("科目代码", StringComparison.Ordinal));
            string[] cells = header.Split('\t');
            int first = Array.FindIndex(cells, c => c.StartsWith("项目支出", StringComparison.Ordinal)) + 1;
            return [.. cells.Skip(first).Where(c => c.Length > 0)];
        }
    }

    private static IEnumerable<(int Table, string Code, string Name)> Read()
    {
        foreach (int table in new[] { 1, 4 })
        {
            foreach (string line in TableLines(table))
            {
                foreach (Match m in ClassCell().Matches(line))
                {
                    yield return (table, m.Groups[1].Value, m.Groups[2].Value);
                }
            }
        }

        foreach (int table in new[] { 2, 3, 5, 7 })
        {
            foreach (string line in TableLines(table))
            {
                Match m = FunctionalRow().Match(line);
                if (m.Success)
                {
                    yield return (table, m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value, m.Groups[4].Value);
                }
            }
        }

        foreach (string line in TableLines(6))
        {
            Match m = EconomicRow().Match(line);
            if (m.Success)
            {
                yield return (6, m.Groups[1].Value + m.Groups[2].Value, m.Groups[3].Value);
            }
        }
    }

    /// <summary>The lines from the heading "表 N" to the next table's heading.</summary>
    private static IEnumerable<string> TableLines(int table)
    {
        string heading = $"表 {table}";
        return Lines.Value
            .SkipWhile(line => line.Trim() != heading)
            .Skip(1)
            .TakeWhile(line => !TableHeading().IsMatch(line));
    }

    [GeneratedRegex(@"^表 \d+$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"(?:^|\t)(2\d{2}) ([^\t]+)")]
    private static partial Regex ClassCell();

    [GeneratedRegex(@"^(\d{3})\t(\d{2}|)\t(\d{2}|)\t([^\t]+)")]
    private static partial Regex FunctionalRow();

    [GeneratedRegex(@"^(\d{3})\t(\d{2}|)\t([^\t]+)")]
    private static partial Regex EconomicRow();
}
