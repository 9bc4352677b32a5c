using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads the statements of the explanations that are not groups of figures: government procurement, state assets and the performance overview.</summary>
internal sealed class StatementParsers
{
    private static readonly string[] MeasureWords = ["平方米", "台（套）", "台(套)", "辆", "台", "套", "个", "处", "间", "亩", "栋", "座"];

    private readonly ReadContext _context;

    internal StatementParsers(ReadContext context) => _context = context;

    internal GovernmentProcurement? Procurement(IEnumerable<Paragraph> paragraphs)
    {
        GovernmentProcurement result = new();
        bool any = false;
        foreach (Paragraph p in paragraphs)
        {
            string text = p.Text;
            int offset = 0;
            foreach (MoneyToken token in MoneyToken.Find(text))
            {
                if (!token.IsMoney)
                {
                    continue;
                }

                string clause = ClauseBefore(text, token.Start);
                string c = Texts.Compact(clause);
                PrintedLine line = p.LineAt(offset + token.Start);
                bool placed = true;
                if (c.Contains("小微", StringComparison.Ordinal) || c.Contains("小型和微型", StringComparison.Ordinal))
                {
                    result = result with { ReservedForSmallAndMicroEnterprises = token.Value };
                }
                else if (c.Contains("中小企业", StringComparison.Ordinal))
                {
                    result = result with { ReservedForSmallAndMediumEnterprises = token.Value };
                }
                else if (c.Contains("货物", StringComparison.Ordinal))
                {
                    result = result with { Goods = token.Value };
                }
                else if (c.Contains("工程", StringComparison.Ordinal))
                {
                    result = result with { Works = token.Value };
                }
                else if (c.Contains("服务", StringComparison.Ordinal))
                {
                    result = result with { Services = token.Value };
                }
                else if (c.Contains("采购", StringComparison.Ordinal) && result.Total.IsBlank)
                {
                    result = result with { Total = token.Value };
                }
                else
                {
                    placed = false;
                }

                if (placed)
                {
                    result = result with { Unit = token.Unit!.Value };
                    p.Place(_context.Ledger, token.Start, token.Text);
                    any = true;
                }
            }
        }

        return any ? result : null;
    }

    internal StateAssets? Assets(IEnumerable<Paragraph> paragraphs)
    {
        var holdings = new List<AssetHolding>();
        var remarks = new List<string>();
        string? asOf = null;
        foreach (Paragraph p in paragraphs)
        {
            string text = p.Body.Length > 0 && p.Numbering != NumberingKind.None ? p.Body : p.Text;
            int baseOffset = p.Text.Length - text.Length;
            int at = text.IndexOf("截至", StringComparison.Ordinal);
            if (at < 0)
            {
                at = text.IndexOf("截止", StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                int end = Texts.IndexOfAny(text, "，,：:", at);
                if (end > at)
                {
                    asOf = Texts.Norm(text[(at + 2)..end]);
                    string rest = text[end..];
                    if (rest.Contains("情况为", StringComparison.Ordinal) || rest.Length <= 2)
                    {
                        continue;
                    }
                }
            }

            bool planned = false;
            AssetHolding? current = null;
            string? scope = null;
            foreach ((int start, int stop) in Clauses(text))
            {
                string clause = text[start..stop];
                string compactClause = Texts.Compact(clause);
                if (compactClause.Contains("安排购置", StringComparison.Ordinal) || compactClause.Contains("拟购置", StringComparison.Ordinal) || compactClause.Contains("预算安排", StringComparison.Ordinal))
                {
                    planned = true;
                }

                List<MoneyToken> tokens = MoneyToken.Find(clause);
                MoneyToken? quantity = null;
                string measure = "";
                foreach (MoneyToken t in tokens)
                {
                    if (t.IsMoney || t.Percent)
                    {
                        continue;
                    }

                    foreach (string word in MeasureWords)
                    {
                        if (t.After.StartsWith(word, StringComparison.Ordinal))
                        {
                            quantity = t;
                            measure = word;
                            break;
                        }
                    }

                    if (quantity is not null)
                    {
                        break;
                    }
                }

                MoneyToken? value = tokens.Where(t => t.IsMoney && !IsThreshold(t)).Cast<MoneyToken?>().FirstOrDefault();
                if (quantity is null && value is null)
                {
                    string remark = Texts.Norm(Texts.Trim(clause, "，。； "));
                    if (remark.Length > 0 && !compactClause.StartsWith("其中", StringComparison.Ordinal) && !remark.Contains("截至", StringComparison.Ordinal))
                    {
                        remarks.Add(remark);
                        foreach (PrintedLine l in p.Lines)
                        {
                            _context.Ledger.KeepText(l, remark);
                        }
                    }

                    continue;
                }

                int nameEnd = quantity?.Start ?? value!.Value.Start;
                string name = NameBefore(clause, nameEnd);
                if (quantity is null && name.EndsWith("价值", StringComparison.Ordinal))
                {
                    name = name[..^2];
                }

                if (name.Length == 0 && current is not null && value is not null && quantity is null)
                {
                    // "价值 25.88 万元" belongs to the holding before it.
                    int index = holdings.LastIndexOf(current);
                    current = current with { Value = value.Value.Value, Unit = value.Value.Unit!.Value };
                    holdings[index] = current;
                    Place(p, baseOffset + start, value.Value);
                    continue;
                }

                string key = AssetKey(name, planned, ref scope);
                var holding = new AssetHolding
                {
                    Key = key,
                    Name = name,
                    Quantity = quantity?.Value.Value,
                    QuantityUnit = quantity is null ? null : measure,
                    Value = value?.Value ?? Amount.Blank,
                    Unit = value?.Unit ?? PresentationUnit.TenThousandYuan,
                };
                holdings.Add(holding);
                current = holding;
                if (quantity is MoneyToken q)
                {
                    Place(p, baseOffset + start, q);
                }

                if (value is MoneyToken v)
                {
                    Place(p, baseOffset + start, v);
                }

                foreach (PrintedLine l in p.Lines)
                {
                    _context.Ledger.KeepText(l, name);
                }
            }
        }

        if (holdings.Count == 0 && remarks.Count == 0)
        {
            return null;
        }

        return new StateAssets { AsOf = asOf, Holdings = holdings.ToEquatableArray(), Remarks = remarks.ToEquatableArray() };
    }

    internal PerformanceSummary? PerformanceOverview(IEnumerable<Paragraph> paragraphs)
    {
        PerformanceSummary summary = new();
        var texts = new List<string>();
        foreach (Paragraph p in paragraphs)
        {
            string text = p.Text;
            texts.Add(text);
            foreach (MoneyToken token in MoneyToken.Find(text))
            {
                if (token.Percent)
                {
                    continue;
                }

                string clause = Texts.Compact(ClauseBefore(text, token.Start));
                PrintedLine line = p.LineAt(token.Start);
                if (token.IsMoney)
                {
                    if (clause.Contains("非财政拨款", StringComparison.Ordinal))
                    {
                        summary = summary with { NonFiscalProjectsAmount = token.Value, Unit = token.Unit!.Value };
                    }
                    else if (clause.Contains("财政拨款", StringComparison.Ordinal))
                    {
                        summary = summary with { FiscalProjectsAmount = token.Value, Unit = token.Unit!.Value };
                    }
                    else if (summary.DepartmentTargets is not null && summary.DepartmentAmount.IsBlank && summary.Projects is null)
                    {
                        summary = summary with { DepartmentAmount = token.Value, Unit = token.Unit!.Value };
                    }
                    else
                    {
                        continue;
                    }

                    p.Place(_context.Ledger, token.Start, token.Text);
                    continue;
                }

                if (!token.After.StartsWith('个') && !token.After.StartsWith('项'))
                {
                    continue;
                }

                if (clause.Contains("整体", StringComparison.Ordinal) && summary.DepartmentTargets is null)
                {
                    summary = summary with { DepartmentTargets = (int)token.Value.Value };
                    p.Place(_context.Ledger, token.Start, token.Text);
                }
                else if (clause.Contains("项目", StringComparison.Ordinal) && summary.Projects is null)
                {
                    summary = summary with { Projects = (int)token.Value.Value };
                    p.Place(_context.Ledger, token.Start, token.Text);
                }
            }

            foreach (PrintedLine line in p.Lines)
            {
                _context.Ledger.KeepText(line, text);
            }
        }

        return texts.Count == 0 ? null : summary with { Text = string.Join("", texts) };
    }

    private void Place(Paragraph p, int offset, MoneyToken token) => p.Place(_context.Ledger, offset + token.Start, token.Text);

    private static bool IsThreshold(MoneyToken token)
    {
        string after = token.After;
        if (after.StartsWith("（含）", StringComparison.Ordinal) || after.StartsWith("(含)", StringComparison.Ordinal))
        {
            after = after[3..];
        }

        return after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("以下", StringComparison.Ordinal);
    }

    private static string AssetKey(string name, bool planned, ref string? scope)
    {
        string c = Texts.Compact(name);
        string key;
        if (c.Contains("100万元", StringComparison.Ordinal) || c.Contains("一百万元", StringComparison.Ordinal))
        {
            key = "equipment.over1m";
        }
        else if (c.Contains("50万元", StringComparison.Ordinal) || c.Contains("五十万元", StringComparison.Ordinal))
        {
            key = "equipment.over500k";
        }
        else if (c.Contains("房屋", StringComparison.Ordinal) || c.Contains("办公用房", StringComparison.Ordinal))
        {
            key = "buildings";
        }
        else if (c.Contains("一般公务用车", StringComparison.Ordinal))
        {
            key = "vehicles.general";
        }
        else if (c.Contains("执法执勤", StringComparison.Ordinal))
        {
            key = "vehicles.lawEnforcement";
        }
        else if (c.Contains("部级领导", StringComparison.Ordinal))
        {
            key = "vehicles.ministerial";
        }
        else if (c.Contains("主要领导", StringComparison.Ordinal))
        {
            key = "vehicles.principal";
        }
        else if (c.Contains("机要通信", StringComparison.Ordinal))
        {
            key = "vehicles.confidential";
        }
        else if (c.Contains("应急保障", StringComparison.Ordinal))
        {
            key = "vehicles.emergency";
        }
        else if (c.Contains("特种专业", StringComparison.Ordinal))
        {
            key = "vehicles.specialTechnical";
        }
        else if (c.Contains("离退休", StringComparison.Ordinal))
        {
            key = "vehicles.retiredCadres";
        }
        else if (c.Contains("其他车辆", StringComparison.Ordinal) || c.Contains("其他用车", StringComparison.Ordinal))
        {
            key = "vehicles.other";
        }
        else if (c.Contains("车辆", StringComparison.Ordinal) || c.EndsWith("用车", StringComparison.Ordinal))
        {
            key = "vehicles";
        }
        else if (c.Contains("家具", StringComparison.Ordinal))
        {
            key = "furniture";
        }
        else if (c.Contains("其他资产", StringComparison.Ordinal))
        {
            key = "other";
        }
        else
        {
            key = "other";
        }

        scope = key;
        return planned ? "planned." + key : key;
    }

    private string NameBefore(string clause, int end)
    {
        string name = Texts.Trim(clause[..end], "，、；： 。");
        bool changed = true;
        while (changed && name.Length > 0)
        {
            string before = name;
            if (_context.Department.Length > 0 && name.StartsWith(_context.Department, StringComparison.Ordinal))
            {
                name = name[_context.Department.Length..];
            }

            if (name.Length > 5 && Texts.IsDigits(name.AsSpan(0, 4)) && name[4] == '年')
            {
                name = name[(name.Length > 5 && name[5] == '度' ? 6 : 5)..];
            }

            foreach (string lead in (ReadOnlySpan<string>)["其中", "共有", "部门预算安排购置", "预算安排购置", "安排购置", "本部门", "（部门）", "部门", " "])
            {
                if (name.StartsWith(lead, StringComparison.Ordinal) && name.Length > lead.Length)
                {
                    name = Texts.TrimStart(name[lead.Length..], "：: ");
                }
            }

            changed = name != before;
        }

        return Texts.Norm(name);
    }

    /// <summary>Splits a statement at ，；。、 and 其中：, keeping thresholds such as "单价100万元（含）以上设备" whole.</summary>
    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '，' or '；' or '。' or '、' or ',' or ';' or '：')
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    private static string ClauseBefore(string text, int position)
    {
        int from = 0;
        for (int i = position - 1; i >= 0; i--)
        {
            if (text[i] is '，' or '；' or '。' or '、' or ',' or ';')
            {
                from = i + 1;
                break;
            }
        }

        return text[from..position];
    }
}
