using System.Globalization;
using System.Text;

namespace OpenBudget.Benchmarks;

/// <summary>Builds a large disclosure text with many projects from the sample's text: its project rows (表7) and project performance tables (项目支出绩效目标表) copied under numbered project names until the text reaches a size.</summary>
internal static class SyntheticImportText
{
    private const string ProjectTableTitle = "一般公共预算项目支出情况表";
    private const string PerformanceTitle = "项目支出绩效目标表";
    private const string AfterPerformance = "(五) 其他需说明的事项";

    /// <summary>Builds the text.</summary>
    /// <param name="sample">The sample disclosure's text (tab-separated).</param>
    /// <param name="targetBytes">The least UTF-8 size to reach.</param>
    /// <param name="copies">How many copies of the project rows and performance tables were added.</param>
    /// <returns>The text.</returns>
    internal static string Build(string sample, int targetBytes, out int copies)
    {
        string[] lines = sample.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int projectTable = Array.LastIndexOf(lines, ProjectTableTitle);
        int projectTableEnd = Array.FindIndex(lines, projectTable + 1, l => l.StartsWith("表 ", StringComparison.Ordinal));
        int firstPerformance = Array.IndexOf(lines, PerformanceTitle);
        int performanceEnd = Array.FindIndex(lines, firstPerformance, l => l.StartsWith(AfterPerformance, StringComparison.Ordinal));
        if (projectTable < 0 || projectTableEnd < 0 || firstPerformance < 0 || performanceEnd < 0)
        {
            throw new InvalidOperationException("The sample does not have the project table and project performance tables the synthetic text is built from.");
        }

        // Rows of 表7 with a project name: class, section, item, name, project, amounts.
        string[] projectRows = [.. lines[projectTable..projectTableEnd].Where(l => l.Split('\t') is { Length: > 5 } cells && cells[2].Length > 0 && cells[4].Length > 0)];
        string[] performance = lines[firstPerformance..performanceEnd];
        int lastProjectRow = Array.LastIndexOf(lines, projectRows[^1], projectTableEnd);

        var extraRows = new StringBuilder();
        var extraPerformance = new StringBuilder();
        int size = Encoding.UTF8.GetByteCount(sample);
        copies = 0;
        while (size + Encoding.UTF8.GetByteCount(extraRows.ToString()) + Encoding.UTF8.GetByteCount(extraPerformance.ToString()) < targetBytes)
        {
            copies++;
            string suffix = string.Create(CultureInfo.InvariantCulture, $"（第{copies}批）");
            foreach (string row in projectRows)
            {
                string[] cells = row.Split('\t');
                cells[4] += suffix;
                extraRows.Append(string.Join('\t', cells)).Append('\n');
            }

            foreach (string line in performance)
            {
                extraPerformance.Append(line.StartsWith("项目名称\t", StringComparison.Ordinal) ? Renamed(line, suffix) : line).Append('\n');
            }
        }

        var text = new StringBuilder(targetBytes);
        AppendLines(text, lines, 0, lastProjectRow + 1);
        text.Append(extraRows);
        AppendLines(text, lines, lastProjectRow + 1, performanceEnd);
        text.Append(extraPerformance);
        AppendLines(text, lines, performanceEnd, lines.Length);
        return text.ToString();
    }

    private static string Renamed(string line, string suffix)
    {
        string[] cells = line.Split('\t');
        int name = Array.FindIndex(cells, 1, c => c.Length > 0);
        cells[name] += suffix;
        return string.Join('\t', cells);
    }

    private static void AppendLines(StringBuilder text, string[] lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            text.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }
    }
}
