namespace OpenBudget.Cli.Commands;

/// <summary>Writes a <see cref="CodeReport"/> for people: one labelled line per fact, ancestors and nearest codes one per line.</summary>
internal static class CodeReportText
{
    private const string Indent = "           ";

    internal static void Write(CodeReport report, TextWriter output)
    {
        if (!report.Found)
        {
            output.WriteLine($"{report.Message} ({SchemeName(report.Scheme)}).");
            output.WriteLine("Nearest codes:");
            foreach (CodeSummary near in report.Nearest ?? [])
            {
                output.WriteLine($"  {Line(near)}");
            }

            return;
        }

        string grouped = Grouped(report.Code);
        output.WriteLine(grouped == report.Code ? $"Code:      {report.Code}" : $"Code:      {report.Code} ({grouped})");
        output.WriteLine($"Name:      {report.Name}");
        if (report.NameEn is not null)
        {
            output.WriteLine($"English:   {report.NameEn}");
        }

        output.WriteLine($"Level:     {report.LevelName} ({report.Level})");
        output.WriteLine($"Catalogue: {report.Year} {SchemeName(report.Scheme)}");
        IReadOnlyList<CodeSummary> ancestors = report.Ancestors ?? [];
        if (ancestors.Count == 0)
        {
            output.WriteLine("Ancestors: none");
            return;
        }

        for (int i = 0; i < ancestors.Count; i++)
        {
            output.WriteLine($"{(i == 0 ? "Ancestors: " : Indent)}{Line(ancestors[i])}");
        }
    }

    private static string Line(CodeSummary entry)
        => entry.NameEn is null ? $"{entry.Code,-7}  {entry.Name}" : $"{entry.Code,-7}  {entry.Name} ({entry.NameEn})";

    /// <summary>The digits in their printed groups: 2060404 as "206 04 04".</summary>
    private static string Grouped(string digits) => digits.Length switch
    {
        7 => $"{digits[..3]} {digits[3..5]} {digits[5..]}",
        5 => $"{digits[..3]} {digits[3..]}",
        _ => digits,
    };

    private static string SchemeName(string scheme) => scheme switch
    {
        "functional" => "支出功能分类科目, functional classification",
        "economic" => "部门预算支出经济分类科目, economic classification for department budgets",
        _ => "政府预算支出经济分类科目, economic classification for government budgets",
    };
}
