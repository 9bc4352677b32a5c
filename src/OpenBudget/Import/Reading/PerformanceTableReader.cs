using System.Globalization;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads a performance target table (绩效目标表): its unit, project, contact, funding and goal, and its indicators with merged cells filled down.</summary>
internal sealed class PerformanceTableReader
{
    /// <summary>The longest label of the table's head with its tails and colon ("其中：财政拨款（万元）："), in characters.</summary>
    private const int LongestLabel = 16;

    private static readonly (string Symbol, TargetComparator Comparator)[] Comparators =
    [
        (">=", TargetComparator.AtLeast), ("≥", TargetComparator.AtLeast), ("＞＝", TargetComparator.AtLeast), ("＞=", TargetComparator.AtLeast),
        ("<=", TargetComparator.AtMost), ("≤", TargetComparator.AtMost), ("＜＝", TargetComparator.AtMost), ("＜=", TargetComparator.AtMost),
        (">", TargetComparator.MoreThan), ("＞", TargetComparator.MoreThan), ("<", TargetComparator.LessThan), ("＜", TargetComparator.LessThan),
        ("=", TargetComparator.Equal), ("＝", TargetComparator.Equal),
    ];

    private readonly ReadContext _context;

    internal PerformanceTableReader(ReadContext context) => _context = context;

    internal PerformanceTable Read(PerformanceBlock block)
    {
        IReadOnlyList<PrintedLine> lines = _context.Lines;
        string compactTitle = Texts.Compact(block.Title);
        var table = new PerformanceTable
        {
            Title = block.Title,
            Scope = compactTitle.Contains("整体", StringComparison.Ordinal) || (compactTitle.Contains("部门", StringComparison.Ordinal) && !compactTitle.Contains("项目", StringComparison.Ordinal))
                ? PerformanceScope.Department
                : PerformanceScope.Project,
        };

        var meta = new List<PrintedLine>();
        var indicators = new List<PrintedLine>();
        PrintedLine? header = null;
        for (int i = block.TitleIndex + 1; i < block.End; i++)
        {
            PrintedLine line = lines[i];
            if (line.IsBlank || TableLines.IsYearLine(line))
            {
                continue;
            }

            if (header is null && IsIndicatorHeader(line))
            {
                header = line;
                continue;
            }

            (header is null ? meta : indicators).Add(line);
        }

        table = ReadMeta(table, meta);
        if (header is null)
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnreadPerformanceTable, $"The performance table '{block.Title}' has no indicator header (一级指标, 二级指标, 三级指标…); its indicators are not read.", lines[block.TitleIndex]);
            foreach (PrintedLine line in indicators)
            {
                _context.Ledger.KeepText(line);
            }

            return table;
        }

        return table with { Indicators = ReadIndicators(header, indicators).ToEquatableArray() };
    }

    private static bool IsIndicatorHeader(PrintedLine line)
    {
        bool level1 = false;
        bool level3 = false;
        foreach (PrintedCell cell in line.Cells)
        {
            if (Texts.CountNonSpace(cell.Text, 5) > 4)
            {
                continue;
            }

            string c = Texts.Compact(cell.Text);
            level1 |= c == "一级指标";
            level3 |= c is "三级指标" or "指标值";
        }

        return level1 && level3;
    }

    private PerformanceTable ReadMeta(PerformanceTable table, List<PrintedLine> meta)
    {
        PerformanceFunding funding = table.Funding;
        var lines = new List<NamedAmount>();
        var cells = new List<string>();
        foreach (PrintedLine line in meta)
        {
            cells.Clear();
            foreach (PrintedCell cell in line.Cells)
            {
                if (!cell.IsEmpty)
                {
                    cells.Add(cell.Text);
                }
            }

            for (int k = 0; k < cells.Count; k++)
            {
                string label = Label(cells[k]);
                string? next = k + 1 < cells.Count ? cells[k + 1] : null;
                string? afterNext = k + 2 < cells.Count ? cells[k + 2] : null;
                switch (label)
                {
                    case "部门名称" or "预算单位" or "单位名称" or "主管部门" or "实施单位":
                        if (next is not null && !IsMetaLabel(next))
                        {
                            table = table with { BudgetUnit = Texts.Norm(next) };
                            Keep(line, next);
                            k++;
                        }

                        break;
                    case "项目名称":
                        if (next is not null && !IsMetaLabel(next))
                        {
                            table = table with { ProjectName = Texts.Norm(next) };
                            Keep(line, next);
                            k++;
                        }

                        break;
                    case "部门联系人" or "项目负责人" or "联系人" or "负责人":
                        if (next is not null && !IsMetaLabel(next))
                        {
                            table = table with { Contact = Texts.Norm(next) };
                            k++;
                        }

                        break;
                    case "联系电话" or "电话":
                        if (next is not null && !IsMetaLabel(next))
                        {
                            table = table with { Phone = Texts.Norm(next) };
                            _context.Ledger.Exclude(line, next);
                            k++;
                        }

                        break;
                    case "年度绩效目标" or "项目总体目标" or "总体目标" or "年度目标" or "绩效目标" or "项目年度目标":
                        if (next is not null && !IsMetaLabel(next))
                        {
                            table = table with { Goal = Texts.Norm(next) };
                            Keep(line, next);
                            k++;
                        }

                        break;
                    case "年度预算总额" or "资金总额" or "合计" or "预算总额" or "项目资金总额":
                        if (next is not null && Texts.TryAmount(next, out Amount total))
                        {
                            funding = funding with { Total = total };
                            _context.Ledger.Place(line, next);
                            k++;
                        }

                        break;
                    case "其中：财政拨款" or "财政拨款" or "财政资金" or "其中：财政资金":
                    case "其他资金" or "其中：其他资金":
                        bool fiscal = !label.Contains("其他", StringComparison.Ordinal);
                        if (next is not null && Texts.TryAmount(next, out Amount value))
                        {
                            funding = fiscal ? funding with { Fiscal = value } : funding with { Other = value };
                            _context.Ledger.Place(line, next);
                            k++;
                        }
                        else if (next is not null && afterNext is not null && !IsMetaLabel(next) && Texts.TryAmount(afterNext, out Amount part))
                        {
                            lines.Add(new NamedAmount(Texts.Norm(next), part));
                            _context.Ledger.Place(line, afterNext);
                            k += 2;
                        }

                        break;
                    default:
                        if (!IsMetaLabel(cells[k]) && next is not null && Texts.TryAmount(next, out Amount amount) && !Texts.TryAmount(cells[k], out _))
                        {
                            lines.Add(new NamedAmount(Texts.Norm(cells[k]), amount));
                            _context.Ledger.Place(line, next);
                            k++;
                        }

                        break;
                }
            }
        }

        return table with { Funding = funding with { Lines = lines.ToEquatableArray() } };
    }

    private void Keep(PrintedLine line, string text) => _context.Ledger.KeepText(line, text);

    private static string Label(string text)
    {
        // Every label is a few characters; a longer text (a goal, a name) is no label and is returned as it stands.
        if (Texts.CountNonSpace(text, LongestLabel + 1) > LongestLabel)
        {
            return text;
        }

        string c = Texts.TrimEnd(Texts.Compact(Texts.Norm(text)), ":：");
        foreach (string tail in (ReadOnlySpan<string>)["（盖章）", "(盖章)", "（万元）", "(万元)", "（元）", "(元)"])
        {
            if (c.EndsWith(tail, StringComparison.Ordinal))
            {
                c = c[..^tail.Length];
            }
        }

        return c;
    }

    private static bool IsMetaLabel(string text) => Label(text) is "部门名称" or "预算单位" or "项目名称" or "部门联系人" or "项目负责人" or "联系电话" or "年度绩效目标"
        or "项目总体目标" or "年度预算" or "资金来源" or "资金总额" or "年度预算总额" or "其中：财政拨款" or "财政资金" or "其他资金" or "合计" or "项目资金";

    private List<PerformanceIndicator> ReadIndicators(PrintedLine header, List<PrintedLine> rows)
    {
        var fields = new Dictionary<int, IndicatorField>();
        int weightColumn = -1;
        foreach (PrintedCell cell in header.Cells)
        {
            string c = Texts.Compact(cell.Text);
            IndicatorField? field = c switch
            {
                "一级指标" => IndicatorField.Level1,
                "二级指标" => IndicatorField.Level2,
                "三级指标" => IndicatorField.Name,
                "指标值" or "指标目标值" or "目标值" => IndicatorField.Target,
                "指标值设置依据" or "指标设定依据" or "指标值设定依据" or "设置依据" or "指标值确定依据" => IndicatorField.Basis,
                "上年完成值" or "上年实际完成值" or "上年指标值" or "上年实现值" => IndicatorField.Prior,
                "分值权重" or "指标分值权重" or "权重" or "分值" or "指标权重" => IndicatorField.Weight,
                "指标赋分规则" or "赋分规则" or "评分标准" or "评分规则" => IndicatorField.Rule,
                "佐证资料" or "佐证材料" => IndicatorField.Evidence,
                _ => null,
            };
            if (field is IndicatorField f)
            {
                fields[cell.Start] = f;
                if (f == IndicatorField.Weight)
                {
                    weightColumn = cell.Start;
                }
            }
        }

        var result = new List<PerformanceIndicator>();
        string level1 = "";
        string level2 = "";
        string?[] values = new string?[FieldCount];
        foreach (PrintedLine row in rows)
        {
            // A merged first-level cell can shift the rest of the row to the left: the weight column tells by holding a number.
            int shift = 0;
            if (weightColumn >= 0 && !IsNumber(CellAt(row, weightColumn)))
            {
                for (int s = 1; s <= 2; s++)
                {
                    if (IsNumber(CellAt(row, weightColumn - s)))
                    {
                        shift = s;
                        break;
                    }
                }
            }

            Array.Clear(values);
            foreach (PrintedCell cell in row.Cells)
            {
                if (fields.TryGetValue(cell.Start + shift, out IndicatorField field) && cell.Text.Length > 0)
                {
                    values[(int)field] = cell.Text;
                }
            }

            if (values[(int)IndicatorField.Name] is null && values[(int)IndicatorField.Target] is null)
            {
                _context.Ledger.KeepText(row);
                continue;
            }

            string? l1 = values[(int)IndicatorField.Level1];
            bool inherited = l1 is null;
            if (!inherited)
            {
                level1 = Texts.Norm(l1);
            }

            if (values[(int)IndicatorField.Level2] is string l2)
            {
                level2 = Texts.Norm(l2);
            }
            else if (!inherited)
            {
                level2 = "";
            }

            string targetText = Texts.Norm(values[(int)IndicatorField.Target]);
            IndicatorTarget target = Target(targetText, out string? number);
            if (number is not null)
            {
                _context.Ledger.Place(row, number);
            }

            decimal? weight = null;
            if (values[(int)IndicatorField.Weight] is string w && decimal.TryParse(w.AsSpan().Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal parsed))
            {
                weight = parsed;
                _context.Ledger.Place(row, w);
            }

            var indicator = new PerformanceIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = Texts.Norm(values[(int)IndicatorField.Name]),
                Target = target,
                Basis = Optional(values[(int)IndicatorField.Basis]),
                PriorYearValue = Optional(values[(int)IndicatorField.Prior]),
                Weight = weight,
                ScoringRule = Optional(values[(int)IndicatorField.Rule]),
                Evidence = Optional(values[(int)IndicatorField.Evidence]),
            };
            result.Add(indicator);
            _context.Ledger.KeepText(row);
        }

        return result;
    }

    /// <summary>The text of the last cell of a row that starts at a position (the last, as a later cell at the same position would replace an earlier one), or <see langword="null"/>.</summary>
    private static string? CellAt(PrintedLine row, int start)
    {
        string? found = null;
        foreach (PrintedCell cell in row.Cells)
        {
            if (cell.Start == start)
            {
                found = cell.Text;
            }
        }

        return found;
    }

    private static string? Optional(string? text)
        => text is not null && Texts.Norm(text) is { Length: > 0 } normalized ? normalized : null;

    private static bool IsNumber(string? text)
        => text is not null && text.Length > 0 && decimal.TryParse(text.AsSpan().Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    /// <summary>Reads a target: "&gt;=30家" → at least 30 家, "=100%" → equal 100 %, "≤21.60万元" → at most 21.60 万元; other targets keep their text only.</summary>
    internal static IndicatorTarget Target(string text, out string? number)
    {
        number = null;
        var target = new IndicatorTarget { Text = text };
        string s = text.Trim();
        foreach ((string symbol, TargetComparator comparator) in Comparators)
        {
            if (!s.StartsWith(symbol, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = s[symbol.Length..].TrimStart();
            int k = 0;
            while (k < rest.Length && (char.IsAsciiDigit(rest[k]) || (rest[k] is '.' or ',' && k + 1 < rest.Length && char.IsAsciiDigit(rest[k + 1]))))
            {
                k++;
            }

            if (k == 0)
            {
                return target;
            }

            string unit = rest[k..].Trim();
            if (unit.StartsWith('年') && unit.Contains('月', StringComparison.Ordinal))
            {
                // A date ("=2026年12月25日之前") is a deadline, not a quantity.
                return target;
            }

            if (!decimal.TryParse(rest[..k], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
            {
                return target;
            }

            number = rest[..k];
            return target with { Comparator = comparator, Value = value, Unit = unit.Length == 0 ? null : unit };
        }

        return target;
    }

    private const int FieldCount = 9;

    /// <summary>The columns of an indicator table, as indices into a row's values.</summary>
    private enum IndicatorField
    {
        Level1,
        Level2,
        Name,
        Target,
        Basis,
        Prior,
        Weight,
        Rule,
        Evidence,
    }
}
